package org.consortia.timesheet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Annual productive hours: from 100 (a very part-time contract) to the hours of a leap year. */
public record ProductiveHoursInput(
        @NotNull @DecimalMin("100") @DecimalMax("8784") @Digits(integer = 4, fraction = 2)
        BigDecimal hours) {}
