package org.consortia.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.consortia.common.InvalidDataProblem;
import org.junit.jupiter.api.Test;

/** Project months as EU grants count them: M1 starts on the start date. */
class ProjectCalendarTest {

    @Test
    void foreseeRunsTwentyFiveMonths() {
        Project foresee = project(LocalDate.of(2021, 2, 1), LocalDate.of(2023, 2, 28));
        assertEquals(25, foresee.durationMonths());
        assertEquals(1, foresee.monthOf(LocalDate.of(2021, 2, 1)));
        assertEquals(9, foresee.monthOf(LocalDate.of(2021, 10, 6)));
        assertEquals(LocalDate.of(2021, 2, 28), foresee.endOfMonth(1));
        assertEquals(LocalDate.of(2022, 1, 31), foresee.endOfMonth(12));
    }

    @Test
    void monthsOfAProjectStartingMidMonthEndTheDayBefore() {
        Project project = project(LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 14));
        assertEquals(12, project.durationMonths());
        assertEquals(LocalDate.of(2024, 2, 14), project.endOfMonth(1));
        assertEquals(2, project.monthOf(LocalDate.of(2024, 2, 15)));
    }

    @Test
    void monthsOfAProjectStartingOnTheThirtyFirstStayConsistent() {
        Project project = project(LocalDate.of(2021, 1, 31), LocalDate.of(2022, 1, 30));
        assertEquals(LocalDate.of(2021, 2, 27), project.endOfMonth(1));
        assertEquals(2, project.monthOf(LocalDate.of(2021, 2, 28)));
        assertEquals(1, project.monthOf(LocalDate.of(2021, 2, 27)));
        assertEquals(3, project.monthOf(LocalDate.of(2021, 4, 29)));
        assertEquals(4, project.monthOf(LocalDate.of(2021, 4, 30)));
        assertEquals(LocalDate.of(2021, 4, 29), project.endOfMonth(3));
    }

    @Test
    void aLastMonthCutShortEndsWithTheProject() {
        Project project = project(LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 31));
        assertEquals(13, project.durationMonths());
        assertEquals(LocalDate.of(2025, 1, 31), project.endOfMonth(13));
    }

    @Test
    void monthsAndDatesOutsideTheProjectAreRefused() {
        Project project = project(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        assertThrows(InvalidDataProblem.class, () -> project.requireMonth("dueMonth", 0));
        assertThrows(InvalidDataProblem.class, () -> project.requireMonth("dueMonth", 25));
        assertThrows(InvalidDataProblem.class, () -> project.requireDate("dueDate", LocalDate.of(2027, 1, 1)));
        project.requireMonth("dueMonth", 24);
        project.requireDate("dueDate", null);
    }

    private static Project project(LocalDate start, LocalDate end) {
        Project project = new Project();
        project.acronym = "TEST";
        project.startDate = start;
        project.endDate = end;
        return project;
    }
}
