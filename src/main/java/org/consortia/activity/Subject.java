package org.consortia.activity;

/**
 * What a change is about: its type and key, the deliverable it concerns (for the deliverable's
 * history), and whether the funder's reviewers may read about it.
 */
public record Subject(String type, String key, String deliverable, boolean visibleToFunder) {

    public static Subject project(String acronym) {
        return new Subject("PROJECT", acronym, null, true);
    }

    public static Subject plan(String acronym) {
        return new Subject("PLAN", acronym, null, true);
    }

    public static Subject partner(String organisation) {
        return new Subject("PARTNER", organisation, null, true);
    }

    public static Subject workPackage(String number) {
        return new Subject("WORK_PACKAGE", number, null, true);
    }

    /** A deliverable; reviewers read about it only once it has reached them ({@code seenByFunder}). */
    public static Subject deliverable(String code, boolean seenByFunder) {
        return new Subject("DELIVERABLE", code, code, seenByFunder);
    }

    public static Subject milestone(String code) {
        return new Subject("MILESTONE", code, null, true);
    }

    /**
     * An amendment of a contractual date ({@code A3}), in the history of the deliverable it re-dates (null for a
     * milestone); between the consortium and the funder, who reads it.
     */
    public static Subject amendment(String code, String deliverable) {
        return new Subject("AMENDMENT", code, deliverable, true);
    }

    /** The project's budget: the consortium's own; the funder reads its figures in the submitted reports. */
    public static Subject budget(String acronym) {
        return new Subject("BUDGET", acronym, null, false);
    }

    /**
     * A beneficiary's financial statement for a period ({@code P1/NEXEM}); the funder reads about it once accepted
     * ({@code seenByFunder}), never about drafts.
     */
    public static Subject statement(int period, String beneficiary, boolean seenByFunder) {
        return new Subject("STATEMENT", "P" + period + "/" + beneficiary, null, seenByFunder);
    }

    public static Subject reportingPeriod(int number) {
        return new Subject("REPORTING_PERIOD", Integer.toString(number), null, true);
    }

    /** A period's report; reviewers read about it once submitted ({@code seenByFunder}), not about drafts. */
    public static Subject report(int period, boolean seenByFunder) {
        return new Subject("REPORT", Integer.toString(period), null, seenByFunder);
    }

    public static Subject reviewer(String username) {
        return new Subject("REVIEWER", username, null, true);
    }

    /**
     * A participant of the event of deliverable {@code deliverable} ({@code D4.5/123}), by id: the trail never names
     * them. The consortium's own; the funder reads counts.
     */
    public static Subject participant(String deliverable, long id) {
        return new Subject("PARTICIPANT", deliverable + "/" + id, deliverable, false);
    }

    /** The participants of the event of deliverable {@code deliverable} as a whole (an import), by their ids. */
    public static Subject participants(String deliverable) {
        return new Subject("PARTICIPANTS", deliverable, deliverable, false);
    }

    /** The attendance of the event of deliverable {@code deliverable} as a whole (closed, reopened). */
    public static Subject attendance(String deliverable) {
        return new Subject("ATTENDANCE", deliverable, deliverable, false);
    }

    /** The evaluation survey of the event of deliverable {@code deliverable} (its questions, its invitations). */
    public static Subject survey(String deliverable) {
        return new Subject("SURVEY", deliverable, deliverable, false);
    }

    /** The public registration of the event of deliverable {@code deliverable} (opened, closed). */
    public static Subject registration(String deliverable) {
        return new Subject("REGISTRATION", deliverable, deliverable, false);
    }

    /**
     * A scanned signed sheet of the event of deliverable {@code deliverable} ({@code D4.5/51}), by id: the
     * consortium's own trail, although the funder reads the sheets chosen for it.
     */
    public static Subject signedSheet(String deliverable, long id) {
        return new Subject("SIGNED_SHEET", deliverable + "/" + id, deliverable, false);
    }

    /** A risk of the register ({@code R3}): the consortium's own; reviewers read risks only in submitted reports. */
    public static Subject risk(String code) {
        return new Subject("RISK", code, null, false);
    }

    /**
     * A meeting that is not a deliverable ({@code SC1}): the consortium's own; reviewers read about meetings only in
     * submitted reports. Its participants and evidence are recorded under its code as a deliverable's are.
     */
    public static Subject meeting(String code) {
        return new Subject("MEETING", code, null, false);
    }
}
