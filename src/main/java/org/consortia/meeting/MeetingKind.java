package org.consortia.meeting;

/** What a meeting that is not a deliverable is for. */
public enum MeetingKind {
    /** The partners meet to run the project (a kick-off, a mid-term or a coordination meeting). */
    PARTNER_MEETING,
    /** The project's governing body decides. */
    STEERING_COMMITTEE,
    /** The partners of a work programme (a training programme) prepare or review it. */
    PROGRAMME_MEETING,
    OTHER_MEETING
}
