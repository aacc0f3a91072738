package org.consortia.finance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The coordinator's decision on a submitted statement; a comment is required to send it back. */
public record StatementDecisionInput(
        @NotNull Decision decision, @Size(max = 4000) String comment) {

    public enum Decision {
        ACCEPTED,
        RETURNED
    }
}
