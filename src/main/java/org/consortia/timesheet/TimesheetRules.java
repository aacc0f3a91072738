package org.consortia.timesheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.consortia.security.Identity;

/** The arithmetic of time records and who does what to a timesheet, without HTTP or a database (docs/finances.md). */
public final class TimesheetRules {

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    private TimesheetRules() {}

    /** What the caller is to a timesheet: the person it records, a supervisor of its organisation, an administrator. */
    public enum Relation {
        OWNER,
        SUPERVISOR,
        ADMIN,
        NONE;

        /** Reads it, with its hours and descriptions: personal data, so nobody else (not even the coordinator). */
        public boolean reads() {
            return this != NONE;
        }

        /** Changes its hours while it is open: the person, or a supervisor correcting it before it is signed. */
        public boolean edits() {
            return this == OWNER || this == SUPERVISOR;
        }
    }

    /**
     * What {@code caller} is to the timesheet of {@code owner} (a user name) for {@code organisation} (a code; null
     * while none is chosen). The person comes first: a supervisor's own month is countersigned by another supervisor.
     */
    public static Relation relation(Identity caller, String owner, String organisation) {
        return relation(caller, owner, organisation == null ? Set.of() : Set.of(organisation));
    }

    /**
     * What {@code caller} is to {@code owner}'s timesheets, when they may be for any of {@code organisations} (the
     * person's, before a month names one): a supervisor of any of them is theirs.
     */
    public static Relation relation(Identity caller, String owner, Set<String> organisations) {
        if (caller.username().equals(owner)) {
            return Relation.OWNER;
        }
        if (organisations.stream().anyMatch(caller::supervises)) {
            return Relation.SUPERVISOR;
        }
        return caller.isPlatformAdmin() ? Relation.ADMIN : Relation.NONE;
    }

    /**
     * The first calendar month a reporting period takes the timesheets of: each month belongs to the period its first
     * day falls in, and the project's first period takes the month it starts in too (a project starting on the 15th).
     */
    public static LocalDate firstMonthOf(LocalDate periodStart, boolean firstPeriod) {
        LocalDate month = periodStart.withDayOfMonth(1);
        return firstPeriod || month.equals(periodStart) ? month : month.plusMonths(1);
    }

    /** The most hours {@code month} may hold: its days at {@code maxWeeklyHours} a week on average, to the cent. */
    public static BigDecimal possibleHours(YearMonth month, int maxWeeklyHours) {
        return BigDecimal.valueOf((long) month.lengthOfMonth() * maxWeeklyHours)
                .divide(BigDecimal.valueOf(7), 2, RoundingMode.DOWN);
    }

    /**
     * {@code hours} as person-months: a person-month is a twelfth of the annual productive hours (1,720 hours: 143.33
     * hours a month), to two decimals rounded half up.
     */
    public static BigDecimal personMonths(BigDecimal hours, BigDecimal annualProductiveHours) {
        return hours.multiply(MONTHS_A_YEAR).divide(annualProductiveHours, 2, RoundingMode.HALF_UP);
    }
}
