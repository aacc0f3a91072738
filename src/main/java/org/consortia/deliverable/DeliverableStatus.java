package org.consortia.deliverable;

import java.util.EnumSet;
import java.util.Set;

/** Where a deliverable stands. The workflow that moves it between states comes with the review features. */
public enum DeliverableStatus {
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
}
