package org.consortia.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.common.EntityTags;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.security.AccessPolicy;
import org.consortia.security.CurrentUser;

@Path("/api/projects")
public class ProjectResource {

    private final ProjectService service;
    private final AccessPolicy access;

    ProjectResource(ProjectService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    /** The projects the caller may see: all for an administrator, else those they take part in or review. */
    @GET
    public Page<ProjectView> list(@Valid @BeanParam PageRequest page) {
        CurrentUser user = access.user();
        if (user.isPlatformAdmin()) {
            return service.page(page);
        }
        return service.pageVisibleTo(
                user.organisations(), user.hasRole(CurrentUser.REVIEWER) ? user.username() : null, page);
    }

    @GET
    @Path("{acronym}")
    public Response get(@PathParam("acronym") String acronym) {
        ProjectView view = ProjectView.of(access.visible(service.find(acronym)));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response create(@Valid @NotNull ProjectInput input, UriInfo uri) {
        access.requireAdmin("create projects");
        ProjectView view = service.create(input);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.acronym()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    @PUT
    @Path("{acronym}")
    public Response update(
            @PathParam("acronym") String acronym,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectInput input) {
        access.managed(service.find(acronym));
        ProjectView view = service.update(acronym, ifMatch, input, access.user().isPlatformAdmin());
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
