package org.consortia.deliverable;

import java.time.OffsetDateTime;

/** Where a deliverable stands with the funder: submission (which version, late or not) and acceptance. */
public record WorkflowState(
        OffsetDateTime submittedAt,
        Integer submittedVersion,
        boolean late,
        String delayJustification,
        OffsetDateTime acceptedAt) {

    /** Not submitted yet. */
    public static final WorkflowState NONE = new WorkflowState(null, null, false, null, null);

    static WorkflowState of(Deliverable d) {
        return new WorkflowState(d.submittedAt, d.submittedVersion, d.isLate(), d.delayJustification, d.acceptedAt);
    }
}
