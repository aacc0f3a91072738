package org.consortia.report;

import org.consortia.security.Standing;

/**
 * Who may do what with a periodic report, for the API and the pages alike: the coordinator writes every
 * section, submits and opens revisions; a work package's lead writes its section, a partner its own;
 * the funder's reviewers read submitted revisions only, comment on them and decide.
 */
final class ReportRules {

    private ReportRules() {}

    /** Whether {@code standing} may read this revision: drafts are the consortium's own. */
    static boolean mayRead(Standing standing, Report report) {
        return !standing.isReviewer() || report.status.seenByFunder();
    }

    /** Whether {@code standing} may write {@code section}; {@code workPackageLead} is the lead of its work package. */
    static boolean mayWrite(Standing standing, ReportSection section, String workPackageLead) {
        if (standing.managesPlan()) {
            return true;
        }
        return switch (section.kind) {
            case SUMMARY -> false;
            case WORK_PACKAGE -> workPackageLead != null && standing.speaksFor(workPackageLead);
            case PARTNER -> standing.speaksFor(section.subject);
        };
    }

    /** Comments go on submitted revisions, from the reviewers and the coordinator. */
    static boolean mayComment(Standing standing) {
        return standing.isReviewer() || standing.managesPlan();
    }
}
