package org.consortia.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.consortia.common.Codes;

/** What a client sends to create or update a project, and the head of a plan document. */
public record ProjectInput(
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String acronym,

        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 255) String funder,
        @Size(max = 255) String programme,
        @Size(max = 64) String grantReference,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        ProjectStatus status,
        String summary,
        Boolean publicPage,
        AcceptanceAuthority acceptanceAuthority,
        Boolean euGrant,
        @Size(max = 10) List<@NotNull @Min(1) @Max(365) Integer> reminderOffsets) {}
