package org.consortia.reviewer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/** The funder's reviewers of a project: seen by its members, assigned by its coordinator or an admin. */
@Path("/api/projects/{acronym}/reviewers")
public class ReviewerResource {

    private final ProjectService projects;
    private final ReviewerService service;
    private final AccessPolicy access;

    ReviewerResource(ProjectService projects, ReviewerService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<ReviewerView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.visible(projects.find(acronym)), page);
    }

    @POST
    public Response assign(@PathParam("acronym") String acronym, @Valid @NotNull ReviewerInput input, UriInfo uri) {
        ReviewerView view = service.assign(access.funderSide(projects.find(acronym)), input.username());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.username()).build())
                .entity(view)
                .build();
    }

    @DELETE
    @Path("{username}")
    public Response unassign(@PathParam("acronym") String acronym, @PathParam("username") String username) {
        service.unassign(access.funderSide(projects.find(acronym)), username);
        return Response.noContent().build();
    }
}
