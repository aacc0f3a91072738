package org.consortia.meeting;

import org.consortia.common.ForbiddenProblem;
import org.consortia.security.Standing;

/**
 * Who does what with a meeting: the coordinator and the lead of its work package plan it (create it, change its title,
 * kind or work package, remove it); they and its hosts describe its event and run it (its participants, evidence and
 * evaluation), as for an event deliverable.
 */
public final class MeetingRules {

    private MeetingRules() {}

    /** Whether {@code standing} plans the meetings of the work package led by {@code lead} (null: none). */
    public static boolean mayPlan(Standing standing, String lead) {
        return standing.managesWorkPackage(lead);
    }

    /** Whether {@code standing} describes and runs {@code meeting}. */
    public static boolean mayDescribe(Standing standing, MeetingView meeting) {
        return standing.mayRecordEvent(meeting.lead(), meeting.hosts());
    }

    static void requireMayPlan(Standing standing, String lead, String workPackage) {
        if (!mayPlan(standing, lead)) {
            throw new ForbiddenProblem("Only the coordinator" + (lead == null ? "" : " or " + lead + ", its lead,")
                    + " plan the meetings of " + workPackage);
        }
    }

    static void requireMayDescribe(Standing standing, MeetingView meeting) {
        if (!mayDescribe(standing, meeting)) {
            throw new ForbiddenProblem("Only " + meeting.organisers() + " change " + meeting.code());
        }
    }
}
