package org.consortia.notification;

import java.util.Arrays;
import java.util.List;

/** What a notice is about; each person may turn the mails of any kind off (the notice stays in the platform). */
public enum NotificationKind {
    /** A lead partner asks the coordinator to review a deliverable. */
    REVIEW_REQUESTED,
    /** The coordinator asks the lead partner for changes. */
    CHANGES_REQUESTED,
    /** The coordinator approved the lead partner's deliverable. */
    APPROVED,
    /** A deliverable was submitted to the funder: its reviewers have something to read. */
    SUBMITTED,
    /** The funder accepted a deliverable. */
    ACCEPTED,
    /** The funder asks for a revision. */
    REVISION_REQUESTED,
    /** A deadline of one's organisation comes near (at the project's reminder offsets). */
    REMINDER,
    /** A deadline passed and the obligation is not met; repeated every week while it lasts. */
    OVERDUE,
    /** The coordinators' weekly summary of a project: overdue, due in 30 days, changes of the last week. */
    DIGEST,
    /** A comment names the person ({@code @username}) or their organisation ({@code @CODE}), or the funder commented. */
    COMMENTED,
    /** A periodic report was submitted: its reviewers have something to read. */
    REPORT_SUBMITTED,
    /** The funder accepted a periodic report, or asked for changes. */
    REPORT_DECIDED,
    /** The coordinator asks to move a contractual date: the acceptance authority decides. */
    AMENDMENT_REQUESTED,
    /** The acceptance authority approved or refused an amendment. */
    AMENDMENT_DECIDED,
    /** Someone registered on an event's public form: the one-time link that confirms their address (double opt-in). */
    REGISTRATION_CONFIRMATION,
    /** Someone attended an event: the one-time link to its evaluation survey. */
    SURVEY_INVITATION;

    /** Whether its mail goes to someone on an event's list: no account, no notice in the platform, never muted. */
    public boolean toParticipant() {
        return this == REGISTRATION_CONFIRMATION || this == SURVEY_INVITATION;
    }

    /** The kinds of the members' notices, each of which they may mute. */
    public static List<NotificationKind> forMembers() {
        return Arrays.stream(values()).filter(kind -> !kind.toParticipant()).toList();
    }

    /** Whether the notice is about a period's report ({@code subjectCode} "P1") rather than a deliverable. */
    public boolean isReport() {
        return this == REPORT_SUBMITTED || this == REPORT_DECIDED;
    }

    /** Whether the notice is about an amendment ({@code subjectCode} "A1"). */
    public boolean isAmendment() {
        return this == AMENDMENT_REQUESTED || this == AMENDMENT_DECIDED;
    }
}
