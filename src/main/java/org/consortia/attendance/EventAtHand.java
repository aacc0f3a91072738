package org.consortia.attendance;

import org.consortia.deliverable.DeliverableView;
import org.consortia.deliverable.FunderProjection;
import org.consortia.event.Event;

/**
 * An event as a request finds it: its deliverable (as the consortium reads it), its details (null until described),
 * whether the caller organises it (reads and changes its participants), and whether the caller is the funder.
 */
public record EventAtHand(DeliverableView deliverable, Event event, boolean organiser, boolean funder) {

    public String code() {
        return deliverable.code();
    }

    /** Whether the funder received its deliverable: it reads the sheets chosen for it, which then stay. */
    public boolean withFunder() {
        return FunderProjection.readsChosenEvidence(deliverable);
    }

    /** Whether {@code sheet} stays as it is: chosen for the funder, which received the deliverable. */
    public boolean keeps(SignedSheetView sheet) {
        return sheet.forFunder() && withFunder();
    }

    /** Whether its organisers closed its attendance: no more check-in, walk-ins or registrations. */
    public boolean closed() {
        return event != null && event.closedAt != null;
    }
}
