package org.consortia.attendance;

import org.consortia.event.Event;

/**
 * An event as a request finds it: whose it is (a deliverable's or a meeting's), its details (null until a deliverable's
 * are described), whether the caller organises it (reads and changes its participants), and whether the caller is the
 * funder.
 */
public record EventAtHand(EventOwner owner, Event event, boolean organiser, boolean funder) {

    public String code() {
        return owner.code();
    }

    /** Whether the funder received its deliverable: it reads the sheets chosen for it, which then stay. */
    public boolean withFunder() {
        return owner.withFunder();
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
