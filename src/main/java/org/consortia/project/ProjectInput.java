package org.consortia.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consortia.common.Codes;

/** What a client sends to create or update a project, and the head of a plan document. */
public record ProjectInput(
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String acronym,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 255) String funder,
        @Size(max = 255) String programme,
        @Size(max = 64) String grantReference,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        ProjectStatus status,
        String summary,
        Boolean publicPage) {
}
