package org.consortia.meeting;

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

/**
 * A project's meetings that are not deliverables. The consortium reads them; the funder's reviewers do not (404, as
 * for strangers): they read about meetings only in the reports submitted to them. Their participants and evidence are
 * under {@code /api/projects/{acronym}/events/{code}}, as an event deliverable's.
 */
@Path("/api/projects/{acronym}/meetings")
public class MeetingResource {

    private final ProjectService projects;
    private final MeetingService service;
    private final AccessPolicy access;

    MeetingResource(ProjectService projects, MeetingService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    /** The meetings by first day, then code. */
    @GET
    public Page<MeetingView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.internal(projects.find(acronym)), page);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        MeetingView view = service.get(access.internal(projects.find(acronym)), code);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull MeetingInput input, UriInfo uri) {
        Project project = access.internal(projects.find(acronym));
        MeetingView view = service.add(project, access.standing(project), input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    @PUT
    @Path("{code}")
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingInput input) {
        Project project = access.internal(projects.find(acronym));
        MeetingView view = service.updateAs(project, access.standing(project), code, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path("{code}")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.internal(projects.find(acronym));
        service.remove(project, access.standing(project), code);
        return Response.noContent().build();
    }
}
