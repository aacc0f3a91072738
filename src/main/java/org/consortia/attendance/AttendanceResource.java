package org.consortia.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * {@code /api/projects/{acronym}/events/{code}/attendance}: who came on each day of the event, as its organisers take
 * it (the coordinator, the lead partner, the hosts; 403 for anyone else): the signature sheet of a day, the check-in of
 * those on the list, the walk-ins, and the closing of the attendance.
 */
@Path("/api/projects/{acronym}/events/{code}/attendance")
public class AttendanceResource {

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final CheckInService checkIn;
    private final SignatureSheetPdf sheets;
    private final AccessPolicy access;

    AttendanceResource(
            ProjectService projects,
            AttendanceService attendance,
            CheckInService checkIn,
            SignatureSheetPdf sheets,
            AccessPolicy access) {
        this.projects = projects;
        this.attendance = attendance;
        this.checkIn = checkIn;
        this.sheets = sheets;
        this.access = access;
    }

    @GET
    public AttendanceState state(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        return AttendanceState.of(organised(acronym, code).event());
    }

    /** The day's signature sheet (PDF) with {@code blank} blank lines for walk-ins (15 unless said). */
    @GET
    @Path("{day}/signature-sheet")
    @Produces("application/pdf")
    public Response signatureSheet(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @QueryParam("blank") Integer blank) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        return sheets.pdf(project, event, EventDay.parse(day), blank);
    }

    /** Checks participant {@code id} in on the day. */
    @PUT
    @Path("{day}/present/{id}")
    public ParticipantView checkIn(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        return checkIn.mark(project, event, id, EventDay.parse(day), true);
    }

    /** Takes a check-in back (ticked by mistake). */
    @DELETE
    @Path("{day}/present/{id}")
    public ParticipantView checkOut(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        return checkIn.mark(project, event, id, EventDay.parse(day), false);
    }

    /** Someone who came without being on the list: on it now, present on the day, in person. */
    @POST
    @Path("{day}/walk-ins")
    public Response walkIn(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @Valid @NotNull ParticipantInput input,
            UriInfo uri) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        ParticipantView view = checkIn.walkIn(project, event, EventDay.parse(day), input);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/projects/{acronym}/events/{code}/participants/{id}")
                        .build(acronym, code, view.id()))
                .entity(view)
                .build();
    }

    @POST
    @Path("close")
    public AttendanceState close(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        return checkIn.close(project, event, access.user().username());
    }

    @POST
    @Path("reopen")
    public AttendanceState reopen(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        return checkIn.reopen(project, event);
    }

    private EventAtHand organised(String acronym, String code) {
        Project project = access.visible(projects.find(acronym));
        return attendance.organised(project, access.standing(project), code);
    }
}
