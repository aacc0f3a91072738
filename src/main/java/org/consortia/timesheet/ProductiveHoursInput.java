package org.consortia.timesheet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** Annual productive hours: at most the hours of a leap year. */
public record ProductiveHoursInput(
        @NotNull @Positive @DecimalMax("8784") @Digits(integer = 4, fraction = 2)
        BigDecimal hours) {}
