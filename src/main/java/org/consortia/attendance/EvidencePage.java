package org.consortia.attendance;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.LargeBody;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;
import org.consortia.web.Flash;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.FormValues;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /projects/{acronym}/events/{code}/evidence}: the event page's evidence forms, for its organisers: each day's
 * signature sheet, opening and closing the public registration, closing and reopening the attendance, the scanned signed sheets (upload, choice for the funder,
 * removal). The funder downloads the sheets chosen for it, once it received the deliverable.
 */
@Path("/projects/{acronym}/events/{code}/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidencePage {

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final CheckInService checkIn;
    private final SignedSheetService signedSheets;
    private final SignatureSheetPdf signatureSheets;
    private final RegistrationService registrations;
    private final SurveyService surveys;
    private final EventPageContent content;
    private final AccessPolicy access;
    private final LocalisedMessages messages;

    EvidencePage(
            ProjectService projects,
            AttendanceService attendance,
            CheckInService checkIn,
            SignedSheetService signedSheets,
            SignatureSheetPdf signatureSheets,
            RegistrationService registrations,
            SurveyService surveys,
            EventPageContent content,
            AccessPolicy access,
            LocalisedMessages messages) {
        this.projects = projects;
        this.attendance = attendance;
        this.checkIn = checkIn;
        this.signedSheets = signedSheets;
        this.signatureSheets = signatureSheets;
        this.registrations = registrations;
        this.surveys = surveys;
        this.content = content;
        this.access = access;
        this.messages = messages;
    }

    @GET
    @Path("signature-sheet/{day}")
    @Produces("application/pdf")
    public Response signatureSheet(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @QueryParam("blank") Integer blank) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        return signatureSheets.pdf(project, event, EventDay.parse(day), blank);
    }

    @POST
    @Path("close")
    public Response close(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        checkIn.close(
                project,
                attendance.organised(project, access.standing(project), code),
                access.user().username());
        return back(project, code, text().flash_closed());
    }

    @POST
    @Path("reopen")
    public Response reopen(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        checkIn.reopen(project, attendance.organised(project, access.standing(project), code));
        return back(project, code, text().flash_reopened());
    }

    /** Opens ({@code open=yes}) or closes the public registration form. */
    @POST
    @Path("registration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registration(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @RestForm String open) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        boolean opening = "yes".equals(open);
        if (opening) {
            registrations.open(project, event);
        } else {
            registrations.close(project, event);
        }
        return back(project, code, text().flash_registration(opening));
    }

    /** The survey's own questions, one per line (none: the standard ones). */
    @POST
    @Path("survey-questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response surveyQuestions(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @RestForm String questions) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        FormErrors errors = new FormErrors(messages.get());
        List<String> lines = questions == null
                ? List.of()
                : questions.lines().filter(line -> !line.isBlank()).toList();
        return FormSubmission.send(
                errors,
                () -> {
                    surveys.setQuestions(project, event, lines);
                    return Flash.redirect(
                            "/projects/" + project.acronym + "/events/" + code + "#evaluation",
                            text().flash_questions());
                },
                () -> content.page(project, event, errors));
    }

    @POST
    @Path("signed-sheets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LargeBody(LargeBody.Kind.FILE)
    public Response upload(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @RestForm String day,
            @RestForm("scan") FileUpload scan) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        FormErrors errors = new FormErrors(messages.get());
        LocalDate held = FormValues.date(day, "day", errors);
        return FormSubmission.send(
                errors,
                () -> {
                    if (held == null) {
                        throw new InvalidDataProblem("day", "choose the day the sheet was signed");
                    }
                    if (scan == null) {
                        throw new InvalidDataProblem("scan", "choose the scan to upload");
                    }
                    SignedSheetView stored = signedSheets.upload(
                            project,
                            event,
                            held,
                            signedSheets.scan(scan.uploadedFile(), scan.fileName()),
                            access.user());
                    return back(project, code, text().flash_sheet_uploaded(stored.number(), held.toString()));
                },
                () -> content.page(project, event, errors));
    }

    /** The sheet's file, for the organisers and (chosen, once received) the funder. */
    @GET
    @Path("signed-sheets/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        return SignedSheetDownload.of(
                signedSheets, signedSheets.find(attendance.event(project, access.standing(project), code), id));
    }

    @POST
    @Path("signed-sheets/{id}/for-funder")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm String chosen) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        boolean forFunder = "yes".equals(chosen);
        signedSheets.choose(project, event, id, forFunder);
        return back(project, code, text().flash_sheet_chosen(forFunder));
    }

    @POST
    @Path("signed-sheets/{id}/remove")
    public Response remove(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        signedSheets.remove(project, attendance.organised(project, access.standing(project), code), id);
        return back(project, code, text().flash_sheet_removed());
    }

    private AttendanceMessages text() {
        return messages.get(AttendanceMessages.class);
    }

    private static Response back(Project project, String code, String message) {
        return Flash.redirect("/projects/" + project.acronym + "/events/" + code + "#evidence", message);
    }
}
