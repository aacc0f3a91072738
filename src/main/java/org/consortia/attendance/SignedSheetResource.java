package org.consortia.attendance;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.LargeBody;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.file.FileService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * {@code /api/projects/{acronym}/events/{code}/signed-sheets}: the scanned signed sheets of the event's days. Its
 * organisers upload, read, choose for the funder and remove them; the funder reads those chosen for it once the
 * deliverable reached it (an empty list before, 404 for any other); other members get 403.
 */
@Path("/api/projects/{acronym}/events/{code}/signed-sheets")
public class SignedSheetResource {

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final SignedSheetService service;
    private final AccessPolicy access;

    SignedSheetResource(
            ProjectService projects, AttendanceService attendance, SignedSheetService service, AccessPolicy access) {
        this.projects = projects;
        this.attendance = attendance;
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<SignedSheetView> list(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        return service.page(event(acronym, code), page);
    }

    /**
     * The scan itself as the body (PDF, JPEG or PNG), the day it was signed as {@code ?day=}, its name as
     * {@code ?name=}: the day's next version. The organisers are checked before the body is read.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @LargeBody(LargeBody.Kind.FILE)
    public Response upload(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @QueryParam("day") String day,
            @QueryParam("name") String name,
            InputStream body) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        if (day == null || day.isBlank()) {
            throw new InvalidDataProblem("day", "give the day the sheet was signed as the query parameter 'day'");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidDataProblem("name", "give the file's name as the query parameter 'name'");
        }
        SignedSheetView view = service.upload(
                project, event, EventDay.parse(day), service.scan(FileService.requestBody(body), name), access.user());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("{id}")
    public SignedSheetView get(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        return SignedSheetView.of(service.find(event(acronym, code), id));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        return SignedSheetDownload.of(service, service.find(event(acronym, code), id));
    }

    /** Chooses the sheet for the funder. */
    @PUT
    @Path("{id}/for-funder")
    public SignedSheetView choose(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        return service.choose(project, attendance.organised(project, access.standing(project), code), id, true);
    }

    /** Takes the choice back, while the funder has not received the deliverable (409 after). */
    @DELETE
    @Path("{id}/for-funder")
    public SignedSheetView unchoose(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        return service.choose(project, attendance.organised(project, access.standing(project), code), id, false);
    }

    /** Removes a sheet uploaded by mistake; 409 for one the funder received. */
    @DELETE
    @Path("{id}")
    public Response remove(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        service.remove(project, attendance.organised(project, access.standing(project), code), id);
        return Response.noContent().build();
    }

    private EventAtHand event(String acronym, String code) {
        Project project = access.visible(projects.find(acronym));
        return attendance.event(project, access.standing(project), code);
    }
}
