package org.consortia.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.consortia.project.Project;

/**
 * When a periodic report is due: {@code consortia.deadlines.report-due-days} days after the last day of its
 * period (60 in EU grants). The reports, their PDF and the deadlines all ask here.
 */
@ApplicationScoped
public class ReportDueDates {

    private final ReportDeadlineConfig config;

    ReportDueDates(ReportDeadlineConfig config) {
        this.config = config;
    }

    /** The due date of the report of the period ending with project month {@code endMonth}. */
    public LocalDate of(Project project, int endMonth) {
        return dueDate(project, endMonth, config.reportDueDays());
    }

    /** The rule itself: {@code days} after the period's last day (the project's end when its last month is cut short). */
    public static LocalDate dueDate(Project project, int endMonth, int days) {
        return project.endOfMonth(endMonth).plusDays(days);
    }
}
