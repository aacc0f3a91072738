package org.consortia.deliverable;

/**
 * Where a deliverable stands in the funder's words, as the Commission's portal says it: the consortium's internal steps
 * (in progress, in internal review, approved internally…) are all "not yet submitted" there.
 */
public enum FunderStatus implements ShownStatus {
    NOT_SUBMITTED,
    SUBMITTED,
    ACCEPTED,
    /** The funder asked for a revision, and the consortium has not submitted it yet. */
    REVISION_REQUESTED;

    @Override
    public boolean delivered() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    @Override
    public String nameIn(DeliverableMessages messages) {
        return messages.funder_status(this);
    }
}
