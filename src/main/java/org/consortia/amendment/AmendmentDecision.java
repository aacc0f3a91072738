package org.consortia.amendment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The acceptance authority's answer to an amendment: APPROVED or REFUSED, with a comment if it has one. */
public record AmendmentDecision(
        @NotNull AmendmentStatus decision, @Size(max = 4000) String comment) {}
