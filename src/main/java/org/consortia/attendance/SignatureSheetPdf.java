package org.consortia.attendance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.consortia.common.InvalidDataProblem;
import org.consortia.event.Event;
import org.consortia.project.Project;
import org.consortia.project.ProjectView;
import org.consortia.web.PdfRenderer;

/**
 * The attendance sheet of one day of an event, to print and have signed: A4, the event and the project (acronym and
 * grant reference), the funder's acknowledgement ("Co-funded by the European Union" for an EU grant: text, no
 * emblem), those on the list who come in person with an empty signature column, then blank lines for walk-ins. Read by
 * the event's organisers only: it names people.
 */
@ApplicationScoped
public class SignatureSheetPdf {

    /** Blank lines for walk-ins when the caller does not say, and the most it may ask for. */
    static final int BLANK_LINES = 15;

    static final int MAX_BLANK_LINES = 500;

    private final ParticipantRepository participants;
    private final PdfRenderer renderer;

    SignatureSheetPdf(ParticipantRepository participants, PdfRenderer renderer) {
        this.participants = participants;
        this.renderer = renderer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(SignatureSheet sheet);
    }

    /** A day's sheet as it is printed. */
    public record SignatureSheet(
            ProjectView project,
            String projectName,
            String code,
            String title,
            Event event,
            LocalDate day,
            int dayNumber,
            int days,
            List<Line> lines,
            String consentVersion) {}

    /** A numbered line: someone expected, or a blank one ({@code signatory} null). */
    public record Line(int number, Signatory signatory) {}

    /** The PDF of {@code day}'s sheet, {@code FORESEE-D4.5-attendance-2026-06-09.pdf}, with {@code blank} blank lines. */
    public Response pdf(Project project, EventAtHand event, LocalDate day, Integer blank) {
        Event held = AttendanceService.requireDescribed(event);
        CheckInService.requireDayOf(held, day);
        int blankLines = blank == null ? BLANK_LINES : blank;
        if (blankLines < 0 || blankLines > MAX_BLANK_LINES) {
            throw new InvalidDataProblem("blank", "must be between 0 and " + MAX_BLANK_LINES);
        }
        List<Signatory> expected = participants.signatories(held);
        List<Line> lines = IntStream.range(0, expected.size() + blankLines)
                .mapToObj(i -> new Line(i + 1, i < expected.size() ? expected.get(i) : null))
                .toList();
        List<LocalDate> days = held.days();
        SignatureSheet sheet = new SignatureSheet(
                ProjectView.of(project),
                project.title.startsWith(project.acronym) ? project.title : project.acronym + " – " + project.title,
                event.code(),
                event.owner().title(),
                held,
                day,
                days.indexOf(day) + 1,
                days.size(),
                lines,
                ConsentText.VERSION);
        byte[] body = renderer.render(Templates.sheet(sheet).render());
        String name = project.acronym + "-" + event.code() + "-attendance-" + day + ".pdf";
        return Response.ok(body, new MediaType("application", "pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
