package org.consortia.timesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.consortia.security.Identity;
import org.consortia.timesheet.TimesheetRules.Relation;
import org.junit.jupiter.api.Test;

/** The arithmetic of time records and who is what to a timesheet, with literal answers. */
class TimesheetRulesTest {

    @Test
    void aMonthHoldsItsDaysAtFortyEightHoursAWeek() {
        assertEquals(new BigDecimal("212.57"), TimesheetRules.possibleHours(YearMonth.of(2026, 5), 48));
        assertEquals(new BigDecimal("205.71"), TimesheetRules.possibleHours(YearMonth.of(2026, 6), 48));
        assertEquals(new BigDecimal("192.00"), TimesheetRules.possibleHours(YearMonth.of(2026, 2), 48));
        assertEquals(new BigDecimal("198.85"), TimesheetRules.possibleHours(YearMonth.of(2024, 2), 48));
    }

    @Test
    void aPersonMonthIsATwelfthOfTheAnnualProductiveHours() {
        assertEquals(
                new BigDecimal("1.00"), TimesheetRules.personMonths(new BigDecimal("143.33"), new BigDecimal("1720")));
        assertEquals(new BigDecimal("0.60"), TimesheetRules.personMonths(new BigDecimal("86"), new BigDecimal("1720")));
        assertEquals(
                new BigDecimal("0.11"), TimesheetRules.personMonths(new BigDecimal("15.5"), new BigDecimal("1720")));
        assertEquals(
                new BigDecimal("1.20"), TimesheetRules.personMonths(new BigDecimal("150"), new BigDecimal("1500")));
    }

    @Test
    void thePersonTheirSupervisorsAndAdministratorsReadATimesheetAndNobodyElse() {
        Identity staff = new Identity("nexem-partner", Set.of("NEXEM"), Set.of("partner"));
        Identity supervisor = new Identity("nexem-finance", Set.of("NEXEM"), Set.of("partner", "finance"));
        Identity otherSupervisor = new Identity("elisfa-finance", Set.of("ELISFA"), Set.of("finance"));
        Identity colleague = new Identity("nexem-colleague", Set.of("NEXEM"), Set.of("partner"));
        Identity coordinator = new Identity("unipso-coordinator", Set.of("UNIPSO"), Set.of("coordinator", "partner"));
        Identity admin = new Identity("admin", Set.of(), Set.of("platform-admin"));

        assertEquals(Relation.OWNER, TimesheetRules.relation(staff, "nexem-partner", "NEXEM"));
        assertEquals(Relation.SUPERVISOR, TimesheetRules.relation(supervisor, "nexem-partner", "NEXEM"));
        assertEquals(Relation.OWNER, TimesheetRules.relation(supervisor, "nexem-finance", "NEXEM"));
        assertEquals(Relation.NONE, TimesheetRules.relation(otherSupervisor, "nexem-partner", "NEXEM"));
        assertEquals(Relation.NONE, TimesheetRules.relation(colleague, "nexem-partner", "NEXEM"));
        assertEquals(Relation.NONE, TimesheetRules.relation(coordinator, "nexem-partner", "NEXEM"));
        assertEquals(Relation.ADMIN, TimesheetRules.relation(admin, "nexem-partner", "NEXEM"));
    }

    @Test
    void thePersonAndTheirSupervisorsChangeTheHoursAndAnAdministratorOnlyReads() {
        assertEquals(true, Relation.OWNER.edits());
        assertEquals(true, Relation.SUPERVISOR.edits());
        assertEquals(false, Relation.ADMIN.edits());
        assertEquals(true, Relation.ADMIN.reads());
        assertEquals(false, Relation.NONE.reads());
    }

    @Test
    void eachCalendarMonthBelongsToThePeriodItsFirstDayFallsIn() {
        assertEquals(LocalDate.of(2024, 1, 1), TimesheetRules.firstMonthOf(LocalDate.of(2024, 1, 15), true));
        assertEquals(LocalDate.of(2024, 8, 1), TimesheetRules.firstMonthOf(LocalDate.of(2024, 7, 15), false));
        assertEquals(LocalDate.of(2024, 7, 1), TimesheetRules.firstMonthOf(LocalDate.of(2024, 7, 1), false));
        assertEquals(LocalDate.of(2024, 7, 1), TimesheetRules.firstMonthOf(LocalDate.of(2024, 7, 1), true));
    }

    @Test
    void nobodySupervisesAMonthWithoutAnOrganisation() {
        Identity supervisor = new Identity("nexem-finance", Set.of("NEXEM"), Set.of("finance"));
        assertEquals(Relation.NONE, TimesheetRules.relation(supervisor, "guest", (String) null));
        assertEquals(Relation.SUPERVISOR, TimesheetRules.relation(supervisor, "someone", Set.of("ELISFA", "NEXEM")));
    }
}
