package org.consortia.deliverable;

/** What a deliverable is; meetings, trainings, national events and conferences are events. */
public enum DeliverableKind {
    STUDY(false),
    REPORT(false),
    THEMATIC_MEETING(true),
    JOINT_DOCUMENT(false),
    TRAINING(true),
    NATIONAL_EVENT(true),
    CONFERENCE(true),
    OTHER(false);

    private final boolean event;

    DeliverableKind(boolean event) {
        this.event = event;
    }

    public boolean isEvent() {
        return event;
    }
}
