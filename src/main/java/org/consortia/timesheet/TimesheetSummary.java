package org.consortia.timesheet;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A timesheet in a list: whose, which month, where it stands, and its hours. */
public record TimesheetSummary(
        String username,
        String name,
        String organisation,
        String month,
        TimesheetStatus status,
        BigDecimal totalHours) {

    /** The month, for the pages to name it in their language. */
    public YearMonth calendarMonth() {
        return YearMonth.parse(month);
    }
}
