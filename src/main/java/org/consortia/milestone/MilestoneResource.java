package org.consortia.milestone;

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
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

@Path("/api/projects/{acronym}/milestones")
public class MilestoneResource {

    private final ProjectService projects;
    private final MilestoneService service;
    private final AccessPolicy access;

    MilestoneResource(ProjectService projects, MilestoneService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    /** Milestones by due date then code. */
    @GET
    public Page<MilestoneView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.visible(projects.find(acronym)), page);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        MilestoneView view = service.get(access.visible(projects.find(acronym)), code);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull MilestoneInput input, UriInfo uri) {
        MilestoneView view = service.add(access.managed(projects.find(acronym)), input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    /** The coordinator changes anything; the lead of its work package its forecast and when it was achieved. */
    @PUT
    @Path("{code}")
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MilestoneInput input) {
        Project project = access.visible(projects.find(acronym));
        MilestoneView view = service.updateAs(project, access.standing(project), code, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path("{code}")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        service.remove(access.managed(projects.find(acronym)), code);
        return Response.noContent().build();
    }
}
