package org.consortia.deliverable;

import java.util.EnumSet;
import java.util.Set;

/** Where a deliverable stands; the workflow (org.consortia.workflow) moves it from state to state. */
public enum DeliverableStatus implements ShownStatus {
    PLANNED,
    IN_PROGRESS,
    IN_INTERNAL_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    SUBMITTED,
    ACCEPTED,
    REVISION_REQUESTED;

    /** Delivered to the funder: no longer overdue whatever the date. */
    public static final Set<DeliverableStatus> DELIVERED = EnumSet.of(SUBMITTED, ACCEPTED);

    /** Formally submitted to the funder, or later: what the funder's reviewers see (never drafts). */
    public static final Set<DeliverableStatus> SEEN_BY_FUNDER = EnumSet.of(SUBMITTED, ACCEPTED, REVISION_REQUESTED);

    @Override
    public boolean delivered() {
        return DELIVERED.contains(this);
    }

    @Override
    public String nameIn(DeliverableMessages messages) {
        return messages.status(this);
    }
}
