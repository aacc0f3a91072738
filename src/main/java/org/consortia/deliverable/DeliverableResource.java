package org.consortia.deliverable;

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
import org.consortia.activity.ActivityFilter;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.ActivityView;
import org.consortia.common.EntityTags;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

@Path("/api/projects/{acronym}/deliverables")
public class DeliverableResource {

    private final ProjectService projects;
    private final DeliverableService service;
    private final ActivityLog log;
    private final AccessPolicy access;

    DeliverableResource(ProjectService projects, DeliverableService service, ActivityLog log, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.log = log;
        this.access = access;
    }

    /** Deliverables by due date then code; filters combine (status and kind may repeat). */
    @GET
    public Page<DeliverableView> list(
            @PathParam("acronym") String acronym,
            @BeanParam DeliverableFilter filter,
            @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        return service.page(project, filter, access.standing(project).isReviewer(), page);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        DeliverableView view =
                service.get(project, code, access.standing(project).isReviewer());
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull DeliverableInput input, UriInfo uri) {
        DeliverableView view = service.add(
                access.managed(projects.find(acronym)), input, access.user().isPlatformAdmin());
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    /**
     * The coordinator changes the plan; the lead partner changes the event details. The status moves
     * through the workflow (…/transitions); only a platform administrator may correct it here.
     */
    @PUT
    @Path("{code}")
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeliverableInput input) {
        Project project = access.visible(projects.find(acronym));
        DeliverableView view = service.updateAs(
                project,
                access.standing(project),
                code,
                ifMatch,
                input,
                access.user().isPlatformAdmin());
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path("{code}")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        service.remove(access.managed(projects.find(acronym)), code);
        return Response.noContent().build();
    }

    /**
     * The coordinator takes a deliverable out of the plan, saying why: what reached the funder is never deleted, it
     * is archived. It stays readable at its address.
     */
    @POST
    @Path("{code}/archive")
    public Response archive(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @NotNull ArchiveInput input) {
        DeliverableView view = service.archive(access.managed(projects.find(acronym)), code, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    /** The coordinator brings an archived deliverable back into the plan. */
    @DELETE
    @Path("{code}/archive")
    public Response restore(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        DeliverableView view = service.restore(access.managed(projects.find(acronym)), code);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    /** One deliverable's history: the project's activity filtered on it, newest first. */
    @GET
    @Path("{code}/history")
    public Page<ActivityView> history(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        boolean funderView = access.standing(project).isReviewer();
        service.find(project, code);
        return log.page(project, ActivityFilter.ofDeliverable(code), funderView, page);
    }
}
