package org.consortia.attendance;

/** How a participant came onto the list. */
public enum ParticipantSource {
    /** Entered by the staff of a host or of the lead partner. */
    ENTERED,
    /** Read from a spreadsheet. */
    IMPORTED,
    /** Registered through the event's public form. */
    REGISTERED,
    /** Added on the spot, on the day. */
    WALK_IN
}
