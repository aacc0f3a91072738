package org.consortia.report;

/** Where a revision of a periodic report stands. */
public enum ReportStatus {
    /** Being written: sections change, the tables are live. */
    DRAFT,
    /** Frozen and sent to the funder. */
    SUBMITTED,
    /** The funder accepted it. */
    ACCEPTED,
    /** The funder asks for changes: the coordinator opens a new revision. */
    CHANGES_REQUESTED;

    /** Whether the funder's reviewers may read it. */
    public boolean seenByFunder() {
        return this != DRAFT;
    }
}
