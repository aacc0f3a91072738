package org.consortia.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A remark on a submitted revision: on a section ({@code section}, its key) or on the whole report. */
public record ReportCommentInput(
        @Size(max = 64) String section,
        @NotBlank @Size(max = 10000) String text) {}
