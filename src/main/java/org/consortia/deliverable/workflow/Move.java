package org.consortia.deliverable.workflow;

import org.consortia.deliverable.DeliverableStatus;

/** A move the caller may make now: to which status, and whether they must say why. */
public record Move(DeliverableStatus to, boolean commentRequired) {

    /** The name of the page's form for this move (how an error finds its way back to it). */
    public String form() {
        return "move-" + to;
    }

    /** Submitting picks a version and, past the due date, says why it is late. */
    public boolean submits() {
        return to == DeliverableStatus.SUBMITTED;
    }
}
