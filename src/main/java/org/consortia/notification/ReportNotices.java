package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.consortia.report.ReportMoved;
import org.consortia.report.ReportStatus;
import org.consortia.security.Person;

/**
 * Tells the assigned reviewers that a periodic report awaits them, and the coordinators what the funder
 * decided, in the step's own transaction. Never the one who acted.
 */
@ApplicationScoped
public class ReportNotices {

    private final Recipients recipients;
    private final Notices notices;

    ReportNotices(Recipients recipients, Notices notices) {
        this.recipients = recipients;
        this.notices = notices;
    }

    void on(@Observes ReportMoved move) {
        boolean submitted = move.to() == ReportStatus.SUBMITTED;
        List<Person> to =
                submitted ? recipients.reviewersOf(move.project()) : recipients.coordinatorsOf(move.project());
        notices.tell(
                to,
                move.byUsername(),
                move.byName(),
                move.comment(),
                submitted ? NotificationKind.REPORT_SUBMITTED : NotificationKind.REPORT_DECIDED,
                move.project().acronym,
                "P" + move.period(),
                move.project().title);
    }
}
