package org.consortia.attendance;

import org.consortia.deliverable.DeliverableView;
import org.consortia.event.Event;

/**
 * An event as a request finds it: its deliverable (as the caller reads it), its details (null until described), and
 * whether the caller organises it (reads and changes its participants).
 */
public record EventAtHand(DeliverableView deliverable, Event event, boolean organiser) {

    public String code() {
        return deliverable.code();
    }
}
