package org.consortia.deliverable.workflow;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consortia.deliverable.DeliverableStatus;

/**
 * A move of the workflow: the target status, a comment (owed when changes or a revision are asked
 * for), the uploaded version to submit, and why it is late when submitted past its due date.
 */
public record TransitionInput(
        @NotNull DeliverableStatus to,
        @Size(max = 10000) String comment,
        @Min(1) Integer version,
        @Size(max = 10000) String delayJustification) {}
