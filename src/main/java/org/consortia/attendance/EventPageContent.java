package org.consortia.attendance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectView;
import org.consortia.web.FormErrors;
import org.consortia.web.LocalisedMessages;

/**
 * The event page as a visitor sees it ({@link EventPage}, {@link EvidencePage}): the breakdown for everyone; the
 * list, its forms and the evidence for the organisers; the signed sheets chosen for the funder for the funder.
 */
@ApplicationScoped
class EventPageContent {

    @CheckedTemplate(basePath = "EventPage")
    static class Templates {
        /** {@code participants}, {@code signedSheets}: null for a visitor who does not read them. */
        static native TemplateInstance event(
                ProjectView project,
                EventAtHand event,
                List<LocalDate> days,
                BreakdownCharts charts,
                Page<ParticipantView> participants,
                Page<SignedSheetView> signedSheets,
                RegistrationState registration,
                Evaluation evaluation,
                Page<String> comments,
                String questions,
                ParticipantFields form,
                FormErrors errors,
                ImportReport report,
                String sheet);
    }

    /** The signed sheets shown on the page, newest first; a day's versions are few. */
    private static final PageRequest SIGNED_SHEETS = PageRequest.of(0, 100);

    /** The newest comments of the survey; the API pages through them all. */
    private static final PageRequest COMMENTS = PageRequest.of(0, 20);

    private final AttendanceService attendance;
    private final SignedSheetService signedSheets;
    private final RegistrationService registrations;
    private final SurveyService surveys;
    private final LocalisedMessages messages;

    EventPageContent(
            AttendanceService attendance,
            SignedSheetService signedSheets,
            RegistrationService registrations,
            SurveyService surveys,
            LocalisedMessages messages) {
        this.surveys = surveys;
        this.attendance = attendance;
        this.signedSheets = signedSheets;
        this.registrations = registrations;
        this.messages = messages;
    }

    TemplateInstance page(
            Project project,
            EventAtHand event,
            PageRequest page,
            ParticipantFields form,
            FormErrors errors,
            ImportReport report,
            String sheet) {
        return Templates.event(
                ProjectView.of(project),
                event,
                event.event() == null ? List.of() : event.event().days(),
                BreakdownCharts.of(attendance.breakdown(event), messages.get(AttendanceMessages.class)),
                event.organiser() ? attendance.page(event, page) : null,
                event.organiser() || event.funder() ? signedSheets.page(event, SIGNED_SHEETS) : null,
                event.organiser() ? registrations.state(event) : null,
                surveys.results(event),
                event.organiser() ? surveys.comments(event, COMMENTS) : null,
                event.event() == null || event.event().surveyQuestions == null
                        ? ""
                        : String.join("\n", event.event().surveyQuestions),
                form,
                errors,
                report,
                sheet);
    }

    /** The page with a failed evidence form's errors, its list on its first page. */
    TemplateInstance page(Project project, EventAtHand event, FormErrors errors) {
        return page(project, event, PageRequest.of(0, 50), ParticipantFields.blank(), errors, null, null);
    }
}
