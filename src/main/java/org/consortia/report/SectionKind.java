package org.consortia.report;

/** The parts of a periodic report people write. */
public enum SectionKind {
    /** Project summary and overall progress: the coordinator's. */
    SUMMARY,
    /** A work package's progress, achievements, deviations and corrective actions: its lead's. */
    WORK_PACKAGE,
    /** A partner's contribution in the period: that partner's. */
    PARTNER
}
