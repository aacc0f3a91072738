package org.consortia.report;

import jakarta.validation.constraints.Size;

/** The coordinator's submission; {@code overrideReason} is required when sections are not marked ready. */
public record SubmissionInput(@Size(max = 2000) String overrideReason) {}
