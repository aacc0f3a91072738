package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.consortia.amendment.AmendmentMoved;
import org.consortia.amendment.AmendmentStatus;
import org.consortia.amendment.AmendmentView;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.project.Project;
import org.consortia.security.Person;

/**
 * Tells the acceptance authority that an amendment awaits its decision (with the coordinator's reason), and the
 * coordinators what it decided (with its comment), in the step's own transaction. Never the one who acted.
 */
@ApplicationScoped
public class AmendmentNotices {

    private final Recipients recipients;
    private final Notices notices;

    AmendmentNotices(Recipients recipients, Notices notices) {
        this.recipients = recipients;
        this.notices = notices;
    }

    void on(@Observes AmendmentMoved move) {
        AmendmentView amendment = move.amendment();
        boolean requested = amendment.status() == AmendmentStatus.REQUESTED;
        notices.tell(
                requested ? deciders(move.project()) : recipients.coordinatorsOf(move.project()),
                move.byUsername(),
                move.byName(),
                requested ? amendment.item() + ": " + amendment.reason() : said(amendment),
                requested ? NotificationKind.AMENDMENT_REQUESTED : NotificationKind.AMENDMENT_DECIDED,
                move.project().acronym,
                amendment.code(),
                move.project().title);
    }

    private List<Person> deciders(Project project) {
        return project.acceptanceAuthority == AcceptanceAuthority.FUNDER_REVIEWER
                ? recipients.reviewersOf(project)
                : recipients.coordinatorsOf(project);
    }

    private static String said(AmendmentView amendment) {
        String decided = amendment.item() + " " + amendment.status()
                + (amendment.proposedDueDate() == null ? "" : " (" + amendment.proposedDueDate() + ")");
        return amendment.decisionComment() == null ? decided : decided + ": " + amendment.decisionComment();
    }
}
