package org.consortia.workpackage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

@Path("/api/projects/{acronym}/work-packages")
public class WorkPackageResource {

    private final ProjectService projects;
    private final WorkPackageService service;
    private final AccessPolicy access;

    WorkPackageResource(ProjectService projects, WorkPackageService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<WorkPackageView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.visible(projects.find(acronym)), page);
    }

    @GET
    @Path("{number}")
    public Response get(@PathParam("acronym") String acronym, @PathParam("number") String number) {
        WorkPackageView view = service.get(access.visible(projects.find(acronym)), number);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull WorkPackageInput input, UriInfo uri) {
        WorkPackageView view = service.add(access.managed(projects.find(acronym)), input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.number()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    @PUT
    @Path("{number}")
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("number") String number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WorkPackageInput input) {
        WorkPackageView view = service.update(access.managed(projects.find(acronym)), number, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path("{number}")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("number") String number) {
        service.remove(access.managed(projects.find(acronym)), number);
        return Response.noContent().build();
    }
}
