package org.consortia.timesheet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's timesheet as its readers see it. {@code productiveHours} are those in force (frozen when the month
 * closed); {@code possibleHours} the most the month may hold; {@code actions} what the reader may do to it now.
 */
public record TimesheetView(
        String username,
        String name,
        String organisation,
        String month,
        TimesheetStatus status,
        List<Entry> entries,
        BigDecimal totalHours,
        BigDecimal personMonths,
        BigDecimal possibleHours,
        BigDecimal productiveHours,
        OffsetDateTime signedAt,
        Signatory supervisor,
        OffsetDateTime countersignedAt,
        String returnedComment,
        Actions actions,
        long version) {

    public record Entry(
            String project,
            String workPackage,
            String workPackageTitle,
            BigDecimal hours,
            BigDecimal personMonths,
            String description) {}

    public record Signatory(String username, String name) {}

    public record Actions(boolean edit, boolean sign, boolean countersign, boolean reopen) {}

    /** Whether the month is closed: kept as signed, and printed as a PDF. */
    public boolean closed() {
        return status == TimesheetStatus.CLOSED;
    }

    /** The month, for the pages to name it in their language. */
    public YearMonth calendarMonth() {
        return YearMonth.parse(month);
    }
}
