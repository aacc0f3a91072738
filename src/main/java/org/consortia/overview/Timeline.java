package org.consortia.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;

/**
 * The geometry of the status page's Gantt chart, drawn as SVG by the template: one lane per work
 * package over the project months, deliverables at their due dates, milestones on a lane of their
 * own, reporting-period ends and today as vertical lines. Coordinates are in the SVG's user units.
 */
public record Timeline(
        int width,
        int height,
        int milestoneY,
        List<Tick> ticks,
        List<Lane> lanes,
        List<Marker> milestones,
        List<Boundary> periodEnds,
        Double todayX) {

    static final int WIDTH = 1000;
    static final double LEFT = 150;
    static final double RIGHT = 985;
    static final int TOP = 44;
    static final int LANE = 34;

    /** A month label on the top axis. */
    public record Tick(double x, int month) {}

    /** A work package: its bar from its first to its last month, and its deliverables. */
    public record Lane(String code, String title, double y, double barX, double barWidth, List<Marker> markers) {

        public double labelY() {
            return y + 4;
        }

        public double barY() {
            return y - 8;
        }

        public double gridY() {
            return y + LANE / 2.0;
        }
    }

    /** A deliverable or milestone at its date; {@code state} is a CSS class (done, overdue, open). */
    public record Marker(String code, String title, double x, double y, LocalDate date, String state) {

        /** The corner of a milestone's diamond (a square turned about the marker's centre). */
        public double boxX() {
            return x - 5;
        }

        public double boxY() {
            return y - 5;
        }
    }

    public int milestoneLabelY() {
        return milestoneY + 4;
    }

    public Double todayLabelX() {
        return todayX == null ? null : todayX + 3;
    }

    /** The end of reporting period {@code number}. */
    public record Boundary(int number, double x) {}

    static Timeline of(
            Project project,
            List<WorkPackageGroup> groups,
            List<MilestoneRow> milestones,
            List<ReportingPeriod> periods,
            LocalDate today) {
        int months = Math.max(1, project.durationMonths());
        double monthWidth = (RIGHT - LEFT) / months;
        List<Tick> ticks = new ArrayList<>();
        int step = months <= 12 ? 1 : months <= 24 ? 3 : 6;
        for (int month = 1; month <= months; month += month == 1 && step > 1 ? step - 1 : step) {
            ticks.add(new Tick(round(LEFT + (month - 0.5) * monthWidth), month));
        }
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            WorkPackageGroup group = groups.get(i);
            double y = TOP + i * LANE + LANE / 2.0;
            List<Marker> markers = group.deliverables().stream()
                    .map(d -> new Marker(
                            d.code(),
                            d.title(),
                            x(project, d.dueDate()),
                            y,
                            d.dueDate(),
                            d.delivered() ? "done" : d.overdue() ? "overdue" : "open"))
                    .toList();
            lanes.add(new Lane(
                    group.code(),
                    group.title(),
                    y,
                    round(LEFT + (group.startMonth() - 1) * monthWidth),
                    round((group.endMonth() - group.startMonth() + 1) * monthWidth),
                    markers));
        }
        int milestoneY = TOP + groups.size() * LANE + LANE / 2;
        List<Marker> milestoneMarkers = milestones.stream()
                .map(m -> new Marker(
                        m.code(),
                        m.title(),
                        x(project, m.dueDate()),
                        milestoneY,
                        m.dueDate(),
                        m.achievedDate() != null ? "done" : m.overdue() ? "overdue" : "open"))
                .toList();
        List<Boundary> ends = periods.stream()
                .map(p -> new Boundary(p.number, round(LEFT + p.endMonth * monthWidth)))
                .toList();
        boolean during = !today.isBefore(project.startDate) && !today.isAfter(project.endDate);
        return new Timeline(
                WIDTH,
                milestoneY + LANE,
                milestoneY,
                ticks,
                lanes,
                milestoneMarkers,
                ends,
                during ? x(project, today) : null);
    }

    /** Where a date falls: its project month plus the share of that month already gone. */
    static double x(Project project, LocalDate date) {
        LocalDate clamped = date.isBefore(project.startDate)
                ? project.startDate
                : date.isAfter(project.endDate) ? project.endDate : date;
        int month = project.monthOf(clamped);
        LocalDate monthStart = project.startDate.plusMonths(month - 1);
        LocalDate nextStart = project.startDate.plusMonths(month);
        double share = (clamped.toEpochDay() - monthStart.toEpochDay() + 0.5)
                / (double) (nextStart.toEpochDay() - monthStart.toEpochDay());
        double monthWidth = (RIGHT - LEFT) / Math.max(1, project.durationMonths());
        return round(LEFT + (month - 1 + share) * monthWidth);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
