package org.consortia.timesheet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A month's hours, written whole: per work package of a project of the organisation, the hours and what was done.
 * {@code organisation} (a code) is needed only from someone working for several organisations.
 */
public record TimesheetInput(
        @Size(max = 32) String organisation,
        @NotNull @Size(max = 200) List<@Valid @NotNull Entry> entries) {

    public record Entry(
            @NotBlank @Size(max = 32) String project,
            @NotBlank @Size(max = 16) String workPackage,

            @NotNull @Positive @Digits(integer = 3, fraction = 2)
            BigDecimal hours,

            @NotBlank @Size(max = 500) String description) {}
}
