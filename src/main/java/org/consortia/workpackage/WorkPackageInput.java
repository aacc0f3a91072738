package org.consortia.workpackage;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A work package as a client sends it and as a plan document lists it. */
public record WorkPackageInput(
        @NotBlank @Pattern(regexp = WorkPackageCode.PATTERN, message = "must be WP followed by its number, e.g. WP2")
        String number,

        @NotBlank @Size(max = 500) String title,
        @NotBlank String lead,
        @NotNull @Min(1) Integer startMonth,
        @NotNull @Min(1) Integer endMonth,
        String objectives) {}
