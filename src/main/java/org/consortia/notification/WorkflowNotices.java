package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.Set;
import org.consortia.deliverable.workflow.DeliverableMoved;
import org.consortia.security.Person;

/**
 * Tells the right people about a workflow step, in the step's own transaction: a review asked of the
 * coordinator; changes asked of, or approval given to, the lead partner; a submission to the assigned
 * reviewers; the funder's decision to the coordinator and the lead partner. Never the one who acted.
 */
@ApplicationScoped
public class WorkflowNotices {

    private final Recipients recipients;
    private final Notices notices;

    WorkflowNotices(Recipients recipients, Notices notices) {
        this.recipients = recipients;
        this.notices = notices;
    }

    void on(@Observes DeliverableMoved move) {
        Set<Person> to = new LinkedHashSet<>();
        NotificationKind kind;
        switch (move.to()) {
            case IN_INTERNAL_REVIEW -> {
                kind = NotificationKind.REVIEW_REQUESTED;
                to.addAll(recipients.coordinatorsOf(move.project()));
            }
            case CHANGES_REQUESTED, APPROVED -> {
                kind = move.to() == org.consortia.deliverable.DeliverableStatus.APPROVED
                        ? NotificationKind.APPROVED
                        : NotificationKind.CHANGES_REQUESTED;
                to.addAll(recipients.membersOf(move.lead()));
            }
            case SUBMITTED -> {
                // The coordinator's comment with a submission stays within the consortium (CONSORTIUM): the
                // funder's notice says what was submitted, never that comment (FunderProjection.COMMENTS).
                kind = NotificationKind.SUBMITTED;
                to.addAll(recipients.reviewersOf(move.project()));
            }
            case ACCEPTED, REVISION_REQUESTED -> {
                kind = move.to() == org.consortia.deliverable.DeliverableStatus.ACCEPTED
                        ? NotificationKind.ACCEPTED
                        : NotificationKind.REVISION_REQUESTED;
                to.addAll(recipients.coordinatorsOf(move.project()));
                to.addAll(recipients.membersOf(move.lead()));
            }
            default -> {
                return;
            }
        }
        notices.tell(
                to,
                move.byUsername(),
                move.byName(),
                kind == NotificationKind.SUBMITTED ? null : move.comment(),
                kind,
                move.project().acronym,
                move.code(),
                move.title());
    }
}
