package org.consortia.attendance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.Texts;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.web.Flash;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.InputValidation;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /projects/{acronym}/events/{code}/check-in/{day}}: the day's check-in, for the event's organisers, made for a
 * phone at the door and without JavaScript: find a name, mark them present (a button per person), add someone who is
 * not on the list. Read only once the attendance is closed.
 */
@Path("/projects/{acronym}/events/{code}/check-in/{day}")
@Produces(MediaType.TEXT_HTML)
public class CheckInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkIn(
                ProjectView project,
                EventAtHand event,
                LocalDate day,
                List<LocalDate> days,
                String query,
                String search,
                Page<ParticipantView> participants,
                long present,
                long total,
                ParticipantFields form,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final CheckInService checkIn;
    private final ParticipantRepository participants;
    private final AccessPolicy access;
    private final InputValidation validation;
    private final LocalisedMessages messages;

    CheckInPage(
            ProjectService projects,
            AttendanceService attendance,
            CheckInService checkIn,
            ParticipantRepository participants,
            AccessPolicy access,
            InputValidation validation,
            LocalisedMessages messages) {
        this.projects = projects;
        this.attendance = attendance;
        this.checkIn = checkIn;
        this.participants = participants;
        this.access = access;
        this.validation = validation;
        this.messages = messages;
    }

    @GET
    public TemplateInstance show(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @QueryParam("q") String query,
            @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        LocalDate held = dayOf(event, day);
        return page(project, event, held, query, page, ParticipantFields.blank(), new FormErrors(messages.get()));
    }

    /** Marks participant {@code id} present ({@code present=yes}) or not; back to the same search and page. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @PathParam("id") long id,
            @RestForm String present,
            @RestForm String q,
            @RestForm String page) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        boolean isPresent = "yes".equals(present);
        ParticipantView marked = checkIn.mark(project, event, id, dayOf(event, day), isPresent);
        AttendanceMessages text = messages.get(AttendanceMessages.class);
        return Flash.redirect(
                address(project, code, day) + query(q, page) + "#p" + id,
                isPresent ? text.flash_checked_in(marked.name()) : text.flash_checked_out(marked.name()));
    }

    @POST
    @Path("walk-ins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response walkIn(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("day") String day,
            @BeanParam ParticipantFields typed) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        LocalDate held = dayOf(event, day);
        FormErrors errors = new FormErrors(messages.get());
        ParticipantInput input = typed.input(errors);
        validation.check(input, errors);
        return FormSubmission.send(
                errors,
                () -> {
                    ParticipantView added = checkIn.walkIn(project, event, held, input);
                    return Flash.redirect(
                            address(project, code, day),
                            messages.get(AttendanceMessages.class).flash_checked_in(added.name()));
                },
                () -> page(project, event, held, null, PageRequest.of(0, 50), typed, errors));
    }

    private TemplateInstance page(
            Project project,
            EventAtHand event,
            LocalDate day,
            String query,
            PageRequest page,
            ParticipantFields form,
            FormErrors errors) {
        String name = Texts.strippedOrNull(query);
        Page<ParticipantView> found =
                participants.page(event.event(), name == null ? "" : name, page).map(ParticipantView::of);
        return Templates.checkIn(
                ProjectView.of(project),
                event,
                day,
                event.event().days(),
                name,
                name == null ? "" : "q=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&",
                found,
                participants.countPresent(event.event(), day),
                participants.count(event.event()),
                form,
                errors);
    }

    /** The day, if the event has it (404 otherwise, and for an event without details). */
    private static LocalDate dayOf(EventAtHand event, String day) {
        LocalDate held = EventDay.parse(day);
        CheckInService.requireDayOf(AttendanceService.requireDescribed(event), held);
        return held;
    }

    private static String address(Project project, String code, String day) {
        return "/projects/" + project.acronym + "/events/" + code + "/check-in/" + day;
    }

    private static String query(String q, String page) {
        String name = Texts.strippedOrNull(q);
        String parameters = (name == null ? "" : "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                + (page == null || !page.matches("[0-9]{1,6}") ? "" : "&page=" + page);
        return parameters.isEmpty() ? "" : "?" + parameters.substring(1);
    }
}
