package org.consortia.security;

import java.util.Collection;
import java.util.Set;
import org.consortia.project.AcceptanceAuthority;

/**
 * What the caller is in one project: the level that decides what they see and may change, and the
 * codes of their organisations that are partners of it.
 */
public record Standing(Level level, Set<String> partnerCodes) {

    public enum Level {
        /** Not part of the project: it does not exist for them. */
        NONE,
        /** Funder staff assigned to the project: the plan and what was submitted, nothing internal. */
        REVIEWER,
        /** Staff of a partner organisation: the whole project; changes what their organisation leads. */
        PARTNER,
        /** Coordinator role in the coordinating organisation: the whole plan. */
        COORDINATOR,
        /** Platform administrator: everything. */
        ADMIN
    }

    public boolean managesPlan() {
        return level == Level.COORDINATOR || level == Level.ADMIN;
    }

    public boolean isReviewer() {
        return level == Level.REVIEWER;
    }

    /**
     * Accepts deliverables and reports for the funder, or asks for a revision, as the project's {@code authority}
     * says: its funder's reviewer, its coordinator acting as the funder, or nobody.
     */
    public boolean accepts(AcceptanceAuthority authority) {
        return switch (authority) {
            case FUNDER_REVIEWER -> isReviewer();
            case COORDINATOR -> managesPlan();
            case NONE -> false;
        };
    }

    /**
     * Uploads outputs of a deliverable: the coordinator, or staff of its lead partner or of a contributor; never the
     * funder's reviewer, whatever organisation they belong to.
     */
    public boolean mayUpload(String lead, Collection<String> contributors) {
        return !isReviewer()
                && (managesPlan() || speaksFor(lead) || contributors.stream().anyMatch(this::speaksFor));
    }

    /**
     * Organises an event (its details and attendance): the coordinator, staff of the lead partner ({@code lead}: of
     * the deliverable, or of the work package of a meeting), or staff of a partner that hosts it ({@code hosts}), who
     * run it.
     */
    public boolean mayRecordEvent(String lead, Collection<String> hosts) {
        return !isReviewer()
                && (managesPlan()
                        || (lead != null && speaksFor(lead))
                        || hosts.stream().anyMatch(this::speaksFor));
    }

    /**
     * Manages the progress of a work package's items (their forecast dates, when a milestone was reached): the
     * coordinator, or staff of the partner leading it ({@code workPackageLead}, null when it has none).
     */
    public boolean managesWorkPackage(String workPackageLead) {
        return !isReviewer() && (managesPlan() || (workPackageLead != null && speaksFor(workPackageLead)));
    }

    /**
     * Declares the costs and effort of the beneficiary {@code organisationCode} (its financial statements): its own
     * staff, or a platform administrator; not the coordinator for another beneficiary, who checks them instead.
     */
    public boolean declaresFor(String organisationCode) {
        return level == Level.ADMIN || (!isReviewer() && speaksFor(organisationCode));
    }

    /** Member of {@code organisationCode}, a partner of the project. */
    public boolean speaksFor(String organisationCode) {
        return partnerCodes.contains(organisationCode);
    }
}
