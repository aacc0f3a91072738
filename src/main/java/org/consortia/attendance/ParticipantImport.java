package org.consortia.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consortia.attendance.ImportReport.RefusedRow;
import org.consortia.attendance.ParticipantSheet.Line;
import org.consortia.common.FieldError;
import org.consortia.common.ProblemException;
import org.consortia.event.Event;
import org.consortia.project.Project;

/**
 * A spreadsheet of participants (CSV or XLSX, {@link ParticipantSheet}) put on an event's list in two steps: each row
 * is checked as one participant entered on the page would be, and a report names each refused row and why; the good
 * rows go in only once the person importing confirms, all in one transaction. Two thousand rows take two queries to
 * check (the list's addresses, once) and batched inserts to write.
 */
@ApplicationScoped
public class ParticipantImport {

    private final AttendanceService attendance;
    private final Validator validator;

    ParticipantImport(AttendanceService attendance, Validator validator) {
        this.attendance = attendance;
        this.validator = validator;
    }

    /** The report of {@code body} (CSV or XLSX) for the event; nothing is written. */
    public ImportReport check(EventAtHand event, byte[] body) {
        return checked(event, body).report(0);
    }

    /** Puts the good rows of {@code body} on the event's list and reports on every row. */
    @Transactional
    public ImportReport confirm(Project project, EventAtHand event, byte[] body) {
        Checked checked = checked(event, body);
        attendance.addAll(project, event, checked.good());
        return checked.report(checked.good().size());
    }

    private record Checked(int rows, List<Participant> good, List<RefusedRow> refused) {

        ImportReport report(int added) {
            return new ImportReport(rows, good.size(), refused, added);
        }
    }

    private Checked checked(EventAtHand event, byte[] body) {
        Event held = AttendanceService.requireDescribed(event);
        List<Line> lines = ParticipantSheet.read(body);
        Set<String> listed = attendance.emails(event);
        Set<String> inFile = new HashSet<>();
        List<Participant> good = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        for (Line line : lines) {
            List<FieldError> errors = new ArrayList<>();
            ParticipantInput input = SheetValues.input(line, errors);
            Set<String> unread = new HashSet<>();
            errors.forEach(error -> unread.add(error.field()));
            validator.validate(input).stream()
                    .sorted(Comparator.comparing(
                            violation -> violation.getPropertyPath().toString()))
                    .filter(violation -> !unread.contains(field(violation)))
                    .forEach(violation -> errors.add(new FieldError(field(violation), violation.getMessage())));
            if (errors.isEmpty()) {
                try {
                    Participant participant = attendance.prepared(
                            held,
                            input,
                            ParticipantSource.IMPORTED,
                            email -> listed.contains(email) || inFile.contains(email));
                    // Taken by this row only once it is good: a refused row blocks no later one.
                    if (participant.email != null) {
                        inFile.add(participant.email);
                    }
                    good.add(participant);
                } catch (ProblemException problem) {
                    errors.addAll(problem.errors());
                }
            }
            if (!errors.isEmpty()) {
                refused.add(new RefusedRow(line.number(), input.name(), List.copyOf(errors)));
            }
        }
        return new Checked(lines.size(), good, refused);
    }

    private static String field(ConstraintViolation<ParticipantInput> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
