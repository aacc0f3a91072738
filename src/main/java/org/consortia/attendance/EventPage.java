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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.event.Event;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.web.Flash;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.InputValidation;
import org.consortia.web.LocalisedMessages;

/**
 * {@code /projects/{acronym}/events/{code}}: who came to the event of deliverable {@code code}. Everyone who sees the
 * project, the funder included, reads the breakdown; the event's organisers (the coordinator, the lead partner, the
 * hosts) also read the list and add people to it, through the API's rules ({@link AttendanceService}).
 */
@Path("/projects/{acronym}/events/{code}")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

    @CheckedTemplate
    static class Templates {
        /** {@code participants}: null for a visitor who does not organise the event. */
        static native TemplateInstance event(
                ProjectView project,
                EventAtHand event,
                List<LocalDate> days,
                BreakdownCharts charts,
                Page<ParticipantView> participants,
                ParticipantFields form,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final AccessPolicy access;
    private final InputValidation validation;
    private final LocalisedMessages messages;

    EventPage(
            ProjectService projects,
            AttendanceService attendance,
            AccessPolicy access,
            InputValidation validation,
            LocalisedMessages messages) {
        this.projects = projects;
        this.attendance = attendance;
        this.access = access;
        this.validation = validation;
        this.messages = messages;
    }

    @GET
    public TemplateInstance show(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.event(project, access.standing(project), code);
        return page(project, event, page, ParticipantFields.blank(), new FormErrors(messages.get()));
    }

    @POST
    @Path("participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @BeanParam ParticipantFields typed) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        FormErrors errors = new FormErrors(messages.get());
        ParticipantInput input = typed.input(errors);
        validation.check(input, errors);
        return FormSubmission.send(
                errors,
                () -> {
                    ParticipantView added = attendance.add(project, event, input, ParticipantSource.ENTERED);
                    return Flash.redirect(
                            address(project, code),
                            messages.get(AttendanceMessages.class).flash_added(added.name()));
                },
                () -> page(project, event, PageRequest.of(0, 50), typed, errors));
    }

    @POST
    @Path("participants/{id}/remove")
    public Response remove(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        attendance.remove(project, attendance.organised(project, access.standing(project), code), id);
        return Flash.redirect(
                address(project, code), messages.get(AttendanceMessages.class).flash_removed(id));
    }

    private TemplateInstance page(
            Project project, EventAtHand event, PageRequest page, ParticipantFields form, FormErrors errors) {
        return Templates.event(
                ProjectView.of(project),
                event,
                days(event.event()),
                BreakdownCharts.of(attendance.breakdown(event), messages.get(AttendanceMessages.class)),
                event.organiser() ? attendance.page(event, page) : null,
                form,
                errors);
    }

    /** The days of the event, first to last; none while it has no date. */
    private static List<LocalDate> days(Event event) {
        if (event == null || event.firstDay() == null) {
            return List.of();
        }
        return event.firstDay().datesUntil(event.lastDay().plusDays(1)).toList();
    }

    private static String address(Project project, String code) {
        return "/projects/" + project.acronym + "/events/" + code;
    }
}
