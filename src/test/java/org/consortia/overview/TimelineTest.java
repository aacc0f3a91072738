package org.consortia.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.overview.Timeline.Boundary;
import org.consortia.overview.Timeline.Lane;
import org.consortia.overview.Timeline.Marker;
import org.consortia.overview.Timeline.Tick;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The status page's Gantt chart in SVG units: the months run from x = 150 to x = 985, so a project of
 * five months (January to May 2026) gives each month 167 units; lanes are 34 high from y = 44.
 */
class TimelineTest {

    private static final Project FIVE_MONTHS = project(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31));
    private static final LocalDate MID_MARCH = LocalDate.of(2026, 3, 16);

    @Test
    void eachMonthHasItsTickInItsMiddle() {
        Timeline timeline = Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(), MID_MARCH);
        assertEquals(
                List.of(
                        new Tick(233.5, 1),
                        new Tick(400.5, 2),
                        new Tick(567.5, 3),
                        new Tick(734.5, 4),
                        new Tick(901.5, 5)),
                timeline.ticks());
        assertEquals(1000, timeline.width());
    }

    @Test
    void aLaneRunsFromItsFirstToItsLastMonthIncludedTheFirstAndTheLastMonthOfTheProject() {
        Timeline timeline = Timeline.of(
                FIVE_MONTHS,
                List.of(workPackage("WP1", 1, 1), workPackage("WP2", 2, 4), workPackage("WP3", 5, 5)),
                List.of(),
                List.of(),
                MID_MARCH);
        assertEquals(
                List.of(
                        new Lane("WP1", "Work package WP1", 61.0, 150.0, 167.0, List.of()),
                        new Lane("WP2", "Work package WP2", 95.0, 317.0, 501.0, List.of()),
                        new Lane("WP3", "Work package WP3", 129.0, 818.0, 167.0, List.of())),
                timeline.lanes());
        Lane first = timeline.lanes().get(0);
        assertEquals(65.0, first.labelY());
        assertEquals(53.0, first.barY());
        assertEquals(78.0, first.gridY());
        assertEquals(163, timeline.milestoneY());
        assertEquals(167, timeline.milestoneLabelY());
        assertEquals(197, timeline.height());
    }

    @Test
    void aDateSitsAtItsShareOfItsMonthAndOutsideTheProjectAtItsNearestEnd() {
        assertEquals(152.7, Timeline.x(FIVE_MONTHS, LocalDate.of(2026, 1, 1)));
        assertEquals(314.3, Timeline.x(FIVE_MONTHS, LocalDate.of(2026, 1, 31)));
        assertEquals(481.0, Timeline.x(FIVE_MONTHS, LocalDate.of(2026, 2, 28)));
        assertEquals(567.5, Timeline.x(FIVE_MONTHS, MID_MARCH));
        assertEquals(982.3, Timeline.x(FIVE_MONTHS, LocalDate.of(2026, 5, 31)));
        assertEquals(982.3, Timeline.x(FIVE_MONTHS, LocalDate.of(2026, 7, 15)));
        assertEquals(152.7, Timeline.x(FIVE_MONTHS, LocalDate.of(2025, 12, 1)));
    }

    @Test
    void deliverablesSitOnTheirLaneDoneOverdueOrOpen() {
        WorkPackageGroup wp1 = new WorkPackageGroup(
                "WP1",
                "Management",
                "UNIPSO",
                1,
                5,
                List.of(
                        deliverable("D1.1", LocalDate.of(2026, 1, 31), DeliverableStatus.ACCEPTED, true),
                        deliverable("D1.2", LocalDate.of(2026, 2, 28), DeliverableStatus.IN_PROGRESS, true),
                        deliverable("D1.3", LocalDate.of(2026, 5, 31), DeliverableStatus.PLANNED, false)));
        Timeline timeline = Timeline.of(FIVE_MONTHS, List.of(wp1), List.of(), List.of(), MID_MARCH);
        assertEquals(
                List.of(
                        new Marker("D1.1", "D1.1", 314.3, 61.0, LocalDate.of(2026, 1, 31), "done"),
                        new Marker("D1.2", "D1.2", 481.0, 61.0, LocalDate.of(2026, 2, 28), "overdue"),
                        new Marker("D1.3", "D1.3", 982.3, 61.0, LocalDate.of(2026, 5, 31), "open")),
                timeline.lanes().get(0).markers());
    }

    @Test
    void milestonesSitOnTheirOwnLaneBelowTheWorkPackagesAsDiamonds() {
        List<MilestoneRow> milestones = List.of(
                new MilestoneRow(
                        "MS1", "Kick-off", "WP1", 1, LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 1, 20), true),
                new MilestoneRow("MS2", "Toolkit", "WP1", 2, LocalDate.of(2026, 2, 28), null, null, true),
                new MilestoneRow("MS3", "Final event", null, 5, LocalDate.of(2026, 5, 31), null, null, false));
        Timeline timeline =
                Timeline.of(FIVE_MONTHS, List.of(workPackage("WP1", 1, 5)), milestones, List.of(), MID_MARCH);
        assertEquals(
                List.of(
                        new Marker("MS1", "Kick-off", 152.7, 95.0, LocalDate.of(2026, 1, 1), "done"),
                        new Marker("MS2", "Toolkit", 481.0, 95.0, LocalDate.of(2026, 2, 28), "overdue"),
                        new Marker("MS3", "Final event", 982.3, 95.0, LocalDate.of(2026, 5, 31), "open")),
                timeline.milestones());
        assertEquals(147.7, timeline.milestones().get(0).boxX());
        assertEquals(90.0, timeline.milestones().get(0).boxY());
        assertEquals(129, timeline.height());
    }

    @Test
    void reportingPeriodsEndOnTheLineAfterTheirLastMonth() {
        Timeline timeline =
                Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(period(1, 3), period(2, 5)), MID_MARCH);
        assertEquals(List.of(new Boundary(1, 651.0), new Boundary(2, 985.0)), timeline.periodEnds());
    }

    @Test
    void todayIsDrawnOnlyWhileTheProjectRuns() {
        assertEquals(
                567.5,
                Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(), MID_MARCH)
                        .todayX());
        assertEquals(
                570.5,
                Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(), MID_MARCH)
                        .todayLabelX());
        assertEquals(
                152.7,
                Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(), LocalDate.of(2026, 1, 1))
                        .todayX());
        assertEquals(
                982.3,
                Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(), LocalDate.of(2026, 5, 31))
                        .todayX());
        Timeline before = Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(), LocalDate.of(2025, 12, 31));
        assertNull(before.todayX());
        assertNull(before.todayLabelX());
        assertNull(Timeline.of(FIVE_MONTHS, List.of(), List.of(), List.of(), LocalDate.of(2026, 6, 1))
                .todayX());
    }

    @Test
    void aOneDayProjectIsOneMonthWideAndItsDayIsPlacedAsInAFullMonth() {
        Project oneDay = project(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        Timeline timeline = Timeline.of(
                oneDay, List.of(workPackage("WP1", 1, 1)), List.of(), List.of(period(1, 1)), LocalDate.of(2026, 1, 1));
        assertEquals(List.of(new Tick(567.5, 1)), timeline.ticks());
        assertEquals(150.0, timeline.lanes().get(0).barX());
        assertEquals(835.0, timeline.lanes().get(0).barWidth());
        assertEquals(List.of(new Boundary(1, 985.0)), timeline.periodEnds());
        assertEquals(163.5, timeline.todayX());
        assertNull(Timeline.of(oneDay, List.of(), List.of(), List.of(), LocalDate.of(2026, 1, 2))
                .todayX());
    }

    @Test
    void aLastMonthCutShortKeepsItsFullWidthSoTheProjectsLastDayFallsBeforeTheLastPeriodsEnd() {
        Project cutShort = project(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 15));
        Timeline timeline =
                Timeline.of(cutShort, List.of(), List.of(), List.of(period(1, 5)), LocalDate.of(2026, 5, 15));
        assertEquals(896.1, timeline.todayX());
        assertEquals(List.of(new Boundary(1, 985.0)), timeline.periodEnds());
        assertEquals(896.1, Timeline.x(cutShort, LocalDate.of(2026, 5, 31)));
    }

    @Test
    void aLongerProjectLabelsEveryThirdOrSixthMonthAfterTheFirst() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), tickMonths(LocalDate.of(2026, 12, 31)));
        assertEquals(List.of(1, 3, 6, 9, 12), tickMonths(LocalDate.of(2027, 1, 31)));
        assertEquals(List.of(1, 3, 6, 9, 12, 15, 18, 21, 24), tickMonths(LocalDate.of(2027, 12, 31)));
        assertEquals(List.of(1, 6, 12, 18, 24), tickMonths(LocalDate.of(2028, 1, 31)));
        assertEquals(List.of(1, 6, 12, 18, 24, 30, 36), tickMonths(LocalDate.of(2028, 12, 31)));
        Project twentyFiveMonths = project(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 31));
        assertEquals(
                List.of(
                        new Tick(166.7, 1),
                        new Tick(333.7, 6),
                        new Tick(534.1, 12),
                        new Tick(734.5, 18),
                        new Tick(934.9, 24)),
                Timeline.of(twentyFiveMonths, List.of(), List.of(), List.of(), MID_MARCH)
                        .ticks());
    }

    /** The months labelled on the axis of a project from 1 January 2026 to {@code end}. */
    private static List<Integer> tickMonths(LocalDate end) {
        return Timeline.of(project(LocalDate.of(2026, 1, 1), end), List.of(), List.of(), List.of(), MID_MARCH)
                .ticks()
                .stream()
                .map(Tick::month)
                .toList();
    }

    private static WorkPackageGroup workPackage(String code, int startMonth, int endMonth) {
        return new WorkPackageGroup(code, "Work package " + code, "NEXEM", startMonth, endMonth, List.of());
    }

    private static DeliverableRow deliverable(String code, LocalDate due, DeliverableStatus status, boolean overdue) {
        return new DeliverableRow(
                code, code, DeliverableKind.REPORT, "WP1", "NEXEM", 0, due, null, status, overdue, false, null, null);
    }

    private static ReportingPeriod period(int number, int endMonth) {
        ReportingPeriod period = new ReportingPeriod();
        period.number = number;
        period.endMonth = endMonth;
        return period;
    }

    private static Project project(LocalDate start, LocalDate end) {
        Project project = new Project();
        project.acronym = "TEST";
        project.startDate = start;
        project.endDate = end;
        return project;
    }
}
