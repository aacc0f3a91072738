package org.consortia.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on a submitted revision, always explained. */
public record DecisionInput(
        @NotNull(message = "choose to accept the report or to ask for changes")
        Decision decision,

        @NotBlank @Size(max = 4000) String comment) {

    public enum Decision {
        ACCEPTED,
        CHANGES_REQUESTED
    }
}
