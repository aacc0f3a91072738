package org.consortia.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.consortia.report.ReportCharts.Bar;
import org.consortia.report.ReportCharts.BarChart;
import org.consortia.report.ReportCharts.LineChart;
import org.consortia.report.ReportCharts.Tick;
import org.consortia.report.ReportTables.CountryCount;
import org.consortia.report.ReportTables.MonthPoint;
import org.junit.jupiter.api.Test;

/**
 * The report's charts in SVG units, on a canvas of 640 × 260: the line chart's plot runs from x = 44 to
 * x = 624 and from y = 224 (zero) up to y = 16 (the largest count); the bars grow from x = 48, 532 at most.
 */
class ReportChartsTest {

    @Test
    void fiveMonthsSpreadOverThePlotWithTheLargestCountAtItsTop() {
        LineChart chart = ReportCharts.progress(List.of(
                new MonthPoint(1, 1, 0),
                new MonthPoint(2, 2, 1),
                new MonthPoint(3, 4, 2),
                new MonthPoint(4, 4, 4),
                new MonthPoint(5, 5, 4)));
        assertEquals(
                new LineChart(
                        640,
                        260,
                        "44,182 189,141 334,58 479,58 624,16",
                        "44,224 189,182 334,141 479,58 624,58",
                        List.of(
                                new Tick(44, 240, "M1"),
                                new Tick(189, 240, "M2"),
                                new Tick(334, 240, "M3"),
                                new Tick(479, 240, "M4"),
                                new Tick(624, 240, "M5")),
                        List.of(new Tick(224, 228, "0"), new Tick(141, 145, "2"), new Tick(16, 20, "5")),
                        44,
                        624,
                        16,
                        224,
                        38,
                        5,
                        4),
                chart);
    }

    @Test
    void aSingleMonthStandsOnTheLeftEdge() {
        LineChart chart = ReportCharts.progress(List.of(new MonthPoint(1, 2, 1)));
        assertEquals("44,16", chart.planned());
        assertEquals("44,120", chart.delivered());
        assertEquals(List.of(new Tick(44, 240, "M1")), chart.months());
        assertEquals(List.of(new Tick(224, 228, "0"), new Tick(120, 124, "1"), new Tick(16, 20, "2")), chart.counts());
    }

    @Test
    void noMonthGivesEmptyLinesOnAScaleOfOne() {
        LineChart chart = ReportCharts.progress(List.of());
        assertEquals("", chart.planned());
        assertEquals("", chart.delivered());
        assertEquals(List.of(new Tick(44, 240, "M1")), chart.months());
        assertEquals(List.of(new Tick(224, 228, "0"), new Tick(224, 228, "0"), new Tick(16, 20, "1")), chart.counts());
        assertEquals(0, chart.lastPlanned());
        assertEquals(0, chart.lastDelivered());
    }

    @Test
    void nothingPlannedYetLiesFlatOnTheAxis() {
        LineChart chart = ReportCharts.progress(List.of(new MonthPoint(1, 0, 0), new MonthPoint(2, 0, 0)));
        assertEquals("44,224 624,224", chart.planned());
        assertEquals("44,224 624,224", chart.delivered());
    }

    @Test
    void aLongProjectLabelsOneMonthInThreeFromTheFirst() {
        List<MonthPoint> months = IntStream.rangeClosed(1, 25)
                .mapToObj(m -> new MonthPoint(m, m, 0))
                .toList();
        LineChart chart = ReportCharts.progress(months);
        assertEquals(
                List.of(
                        new Tick(44, 240, "M1"),
                        new Tick(117, 240, "M4"),
                        new Tick(189, 240, "M7"),
                        new Tick(262, 240, "M10"),
                        new Tick(334, 240, "M13"),
                        new Tick(407, 240, "M16"),
                        new Tick(479, 240, "M19"),
                        new Tick(552, 240, "M22"),
                        new Tick(624, 240, "M25")),
                chart.months());
        assertEquals(
                List.of(new Tick(224, 228, "0"), new Tick(124, 128, "12"), new Tick(16, 20, "25")), chart.counts());
    }

    @Test
    void twelveMonthsAreAllLabelledAndThirteenEveryOther() {
        assertEquals(12, ReportCharts.progress(months(12)).months().size());
        assertEquals(
                List.of("M1", "M3", "M5", "M7", "M9", "M11", "M13"),
                ReportCharts.progress(months(13)).months().stream()
                        .map(Tick::label)
                        .toList());
    }

    @Test
    void barsAreScaledToTheLargestCountAndNoneVanishes() {
        BarChart chart = ReportCharts.participants(
                List.of(new CountryCount("FR", 40), new CountryCount("PL", 10), new CountryCount("BE", 0)));
        assertEquals(
                new BarChart(
                        640,
                        90,
                        List.of(
                                new Bar("FR", 40, 0, 532, 586, 16),
                                new Bar("PL", 10, 30, 133, 187, 46),
                                new Bar("BE", 0, 60, 1, 55, 76))),
                chart);
    }

    @Test
    void aBarWidthIsRoundedToTheNearestUnit() {
        BarChart chart = ReportCharts.participants(List.of(new CountryCount("FR", 3), new CountryCount("PL", 1)));
        assertEquals(List.of(new Bar("FR", 3, 0, 532, 586, 16), new Bar("PL", 1, 30, 177, 231, 46)), chart.bars());
        assertEquals(60, chart.height());
    }

    @Test
    void noCountryStillLeavesRoomForOneBar() {
        assertEquals(new BarChart(640, 22, List.of()), ReportCharts.participants(List.of()));
    }

    private static List<MonthPoint> months(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(m -> new MonthPoint(m, 0, 0))
                .toList();
    }
}
