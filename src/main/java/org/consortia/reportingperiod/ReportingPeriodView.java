package org.consortia.reportingperiod;

import java.time.LocalDate;
import org.consortia.project.Project;

/** A reporting period as the API shows it, with the dates its months span. */
public record ReportingPeriodView(int number, int startMonth, int endMonth, LocalDate startDate, LocalDate endDate) {

    static ReportingPeriodView of(ReportingPeriod p, Project project) {
        return new ReportingPeriodView(
                p.number,
                p.startMonth,
                p.endMonth,
                project.endOfMonth(p.startMonth - 1).plusDays(1),
                project.endOfMonth(p.endMonth));
    }
}
