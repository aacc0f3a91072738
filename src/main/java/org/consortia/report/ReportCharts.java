package org.consortia.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.consortia.report.ReportTables.CountryCount;
import org.consortia.report.ReportTables.MonthPoint;

/**
 * The report's pictures, drawn on the server as SVG coordinates (no JavaScript): deliverables planned
 * and delivered over the project months, and the participants of the period's events by country. The
 * page and the PDF draw the same figures.
 */
public final class ReportCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final int BAR = 22;
    private static final int BAR_GAP = 8;
    private static final int LABEL = 48;

    private ReportCharts() {}

    /** A line chart of two cumulative series over the months. */
    public record LineChart(
            int width,
            int height,
            String planned,
            String delivered,
            List<Tick> months,
            List<Tick> counts,
            int left,
            int right,
            int top,
            int bottom,
            int countLabelX,
            int lastPlanned,
            int lastDelivered) {}

    /** A labelled mark on an axis at {@code at} (x for months, y for counts), its text at {@code textAt}. */
    public record Tick(int at, int textAt, String label) {}

    /** Horizontal bars, one per country. */
    public record BarChart(int width, int height, List<Bar> bars) {}

    public record Bar(String label, int value, int y, int width, int labelX, int textY) {}

    static LineChart progress(List<MonthPoint> points) {
        int months = Math.max(1, points.size());
        int max = Math.max(
                1,
                points.stream()
                        .mapToInt(p -> Math.max(p.planned(), p.delivered()))
                        .max()
                        .orElse(1));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Tick> monthTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(months / 12.0));
        for (int m = 1; m <= months; m += every) {
            monthTicks.add(new Tick(x(m, months, plotWidth), HEIGHT - BOTTOM + 16, "M" + m));
        }
        List<Tick> countTicks =
                List.of(count(0, max, plotHeight), count(max / 2, max, plotHeight), count(max, max, plotHeight));
        MonthPoint last = points.isEmpty() ? new MonthPoint(0, 0, 0) : points.get(points.size() - 1);
        return new LineChart(
                WIDTH,
                HEIGHT,
                polyline(points, months, max, plotWidth, plotHeight, true),
                polyline(points, months, max, plotWidth, plotHeight, false),
                monthTicks,
                countTicks,
                LEFT,
                WIDTH - RIGHT,
                TOP,
                HEIGHT - BOTTOM,
                LEFT - 6,
                last.planned(),
                last.delivered());
    }

    static BarChart participants(List<CountryCount> counts) {
        int max = Math.max(
                1, counts.stream().mapToInt(CountryCount::participants).max().orElse(1));
        int plotWidth = WIDTH - LABEL - 60;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            CountryCount count = counts.get(i);
            int y = i * (BAR + BAR_GAP);
            int width = Math.max(1, Math.round((float) count.participants() * plotWidth / max));
            bars.add(new Bar(count.country(), count.participants(), y, width, LABEL + width + 6, y + BAR - 6));
        }
        return new BarChart(WIDTH, Math.max(BAR, counts.size() * (BAR + BAR_GAP)), bars);
    }

    private static Tick count(int value, int max, int plotHeight) {
        int y = y(value, max, plotHeight);
        return new Tick(y, y + 4, Integer.toString(value));
    }

    private static String polyline(
            List<MonthPoint> points, int months, int max, int plotWidth, int plotHeight, boolean planned) {
        return points.stream()
                .map(p -> x(p.month(), months, plotWidth) + ","
                        + y(planned ? p.planned() : p.delivered(), max, plotHeight))
                .collect(Collectors.joining(" "));
    }

    private static int x(int month, int months, int plotWidth) {
        return LEFT + (months == 1 ? 0 : Math.round((float) (month - 1) * plotWidth / (months - 1)));
    }

    private static int y(int value, int max, int plotHeight) {
        return TOP + plotHeight - Math.round((float) value * plotHeight / max);
    }
}
