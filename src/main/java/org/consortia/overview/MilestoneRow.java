package org.consortia.overview;

import java.time.LocalDate;

/** A milestone on the status page: due, reached or overdue. */
public record MilestoneRow(
        String code,
        String title,
        String workPackage,
        int dueMonth,
        LocalDate dueDate,
        LocalDate forecastDate,
        LocalDate achievedDate,
        boolean overdue) {}
