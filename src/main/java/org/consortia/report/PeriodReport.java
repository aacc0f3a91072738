package org.consortia.report;

import java.time.LocalDate;

/** A reporting period and where its report stands for the visitor: none yet, or its newest revision. */
public record PeriodReport(
        int period, int startMonth, int endMonth, LocalDate dueDate, ReportStatus status, Integer revision) {}
