package org.consortia.deliverable.comment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/** Comments on a deliverable: everyone who sees it may read and add them, within their visibility. */
@Path("/api/projects/{acronym}/deliverables/{code}/comments")
public class CommentResource {

    private final ProjectService projects;
    private final CommentService service;
    private final AccessPolicy access;

    CommentResource(ProjectService projects, CommentService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<CommentView> list(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        return service.page(project, code, access.standing(project).isReviewer(), page);
    }

    @POST
    public Response add(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @NotNull CommentInput input) {
        Project project = access.visible(projects.find(acronym));
        CommentView view = service.add(project, code, access.standing(project).isReviewer(), access.user(), input);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
