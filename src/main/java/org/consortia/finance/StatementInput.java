package org.consortia.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A beneficiary's financial statement for a period, written whole: the costs by category code, the justification of
 * those the rules ask about, the person-months typed instead of the timesheets' (each with a reason), and the
 * explanation of the use of resources. {@code currency}, when given, must be the grant's. A lump-sum grant's
 * statement declares the work packages the beneficiary has completed ({@code completed}, by code) instead of costs.
 */
public record StatementInput(
        @Size(max = 3) String currency,
        Map<String, BigDecimal> costs,
        Map<String, String> justifications,
        List<@Valid @NotNull Effort> effort,
        List<@NotBlank @Size(max = 16) String> completed,
        @Size(max = 20000) String explanation) {

    public record Effort(
            @NotBlank @Size(max = 16) String workPackage,

            @NotNull @PositiveOrZero @Digits(integer = 5, fraction = 2)
            BigDecimal personMonths,

            @Size(max = 2000) String reason) {}

    public Map<String, BigDecimal> costsOrNone() {
        return costs == null ? Map.of() : costs;
    }

    public Map<String, String> justificationsOrNone() {
        return justifications == null ? Map.of() : justifications;
    }

    public List<Effort> effortOrNone() {
        return effort == null ? List.of() : effort;
    }

    public List<String> completedOrNone() {
        return completed == null ? List.of() : completed;
    }
}
