package org.consortia.milestone;

import java.time.LocalDate;

/** A milestone as the API shows it. */
public record MilestoneView(
        String code,
        String title,
        String workPackage,
        int dueMonth,
        LocalDate dueDate,
        boolean dueDateExplicit,
        LocalDate forecastDate,
        String meansOfVerification,
        LocalDate achievedDate,
        boolean overdue,
        long version) {

    static MilestoneView of(Milestone m, LocalDate today) {
        return new MilestoneView(
                m.code,
                m.title,
                m.workPackage == null ? null : m.workPackage.code(),
                m.dueMonth,
                m.dueDate,
                m.explicitDueDate != null,
                m.expectedDate(),
                m.meansOfVerification,
                m.achievedDate,
                m.isOverdue(today),
                m.version);
    }
}
