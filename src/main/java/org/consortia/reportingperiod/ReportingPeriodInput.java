package org.consortia.reportingperiod;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A reporting period as a client sends it and as a plan document lists it. */
public record ReportingPeriodInput(
        @Min(1) Integer number,
        @NotNull @Min(1) Integer startMonth,
        @NotNull @Min(1) Integer endMonth) {}
