package org.consortia.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.consortia.activity.ActivityLog;
import org.consortia.attendance.AttendanceService;
import org.consortia.attendance.Breakdown;
import org.consortia.attendance.SurveyService;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.DeliverableView;
import org.consortia.deliverable.file.FileService;
import org.consortia.event.EventInput;
import org.consortia.meeting.MeetingKind;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.MeetingView;
import org.consortia.milestone.MilestoneService;
import org.consortia.project.Project;
import org.consortia.report.ReportTables.DeliverableLine;
import org.consortia.report.ReportTables.EventLine;
import org.consortia.report.ReportTables.MilestoneLine;
import org.consortia.report.ReportTables.MonthPoint;
import org.consortia.report.ReportTables.StepLine;
import org.consortia.report.ReportTables.UploadLine;
import org.consortia.reportingperiod.ReportingPeriod;

/**
 * Computes a period's tables from what the platform holds: the deliverables, milestones and events (the event
 * deliverables and the meetings),
 * the uploads and workflow steps of the period, and the planned-versus-delivered curve. A handful of
 * queries whatever the size of the project.
 */
@ApplicationScoped
class GeneratedTables {

    private final DeliverableService deliverables;
    private final MilestoneService milestones;
    private final FileService files;
    private final ActivityLog activity;
    private final AttendanceService attendance;
    private final SurveyService surveys;
    private final MeetingService meetings;

    GeneratedTables(
            DeliverableService deliverables,
            MilestoneService milestones,
            FileService files,
            ActivityLog activity,
            AttendanceService attendance,
            SurveyService surveys,
            MeetingService meetings) {
        this.surveys = surveys;
        this.meetings = meetings;
        this.deliverables = deliverables;
        this.milestones = milestones;
        this.files = files;
        this.activity = activity;
        this.attendance = attendance;
    }

    ReportTables of(Project project, ReportingPeriod period) {
        LocalDate start = project.startOfMonth(period.startMonth);
        LocalDate end = project.endOfMonth(period.endMonth);
        OffsetDateTime from = start.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = end.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<DeliverableView> all = deliverables.list(project, false);

        List<DeliverableLine> due = all.stream()
                .filter(d -> !d.dueDate().isAfter(end))
                .sorted(Comparator.comparing(DeliverableView::dueDate).thenComparing(DeliverableView::code))
                .map(GeneratedTables::line)
                .toList();
        List<MilestoneLine> reached = milestones.list(project).stream()
                .filter(m -> !m.dueDate().isAfter(end) || within(m.achievedDate(), start, end))
                .map(m -> new MilestoneLine(
                        m.code(),
                        m.title(),
                        m.dueDate(),
                        m.achievedDate() != null && !m.achievedDate().isAfter(end),
                        m.achievedDate()))
                .toList();
        List<DeliverableView> heldEvents = all.stream()
                .filter(d -> d.event() != null && within(d.event().actualDate(), start, end))
                .toList();
        List<MeetingView> heldMeetings = meetings.heldBetween(project, start, end);
        // The attendance given with the event, else how many are on its list (one query for the period's events).
        Map<String, Long> listSizes = attendance.listSizes(
                project,
                Stream.concat(
                                heldEvents.stream().map(DeliverableView::code),
                                heldMeetings.stream().map(MeetingView::code))
                        .toList());
        List<EventLine> held = Stream.concat(
                        heldEvents.stream()
                                .map(d -> line(
                                        d.code(),
                                        d.title(),
                                        d.kind(),
                                        null,
                                        d.event(),
                                        d.eventHosts().isEmpty() ? d.lead() : String.join(", ", d.eventHosts()),
                                        listSizes)),
                        heldMeetings.stream()
                                .map(m -> line(
                                        m.code(),
                                        m.title(),
                                        null,
                                        m.kind(),
                                        m.event(),
                                        m.hosts().isEmpty() ? m.lead() : String.join(", ", m.hosts()),
                                        listSizes)))
                .sorted(Comparator.comparing(EventLine::heldOn).thenComparing(EventLine::code))
                .toList();
        List<UploadLine> uploads = files.uploadedBetween(project, from, to).stream()
                .map(u -> new UploadLine(u.at(), u.deliverable(), u.version(), u.fileName(), u.by()))
                .toList();
        List<StepLine> steps = activity.stepsBetween(project, from, to).stream()
                .map(s -> new StepLine(s.at(), s.deliverable(), status(s.from()), status(s.to()), s.by()))
                .toList();
        List<String> heldCodes = held.stream().map(EventLine::code).toList();
        Breakdown listed = attendance.breakdown(project, heldCodes);
        return new ReportTables(
                due,
                reached,
                held,
                uploads,
                steps,
                progress(project, period, all),
                List.of(),
                listed,
                surveys.results(project, heldCodes),
                true);
    }

    /** An event held: the attendance given with it, else how many are on its list ({@code listSizes}, by code). */
    private static EventLine line(
            String code,
            String title,
            DeliverableKind kind,
            MeetingKind meeting,
            EventInput event,
            String host,
            Map<String, Long> listSizes) {
        return new EventLine(
                code,
                title,
                kind,
                event.actualDate(),
                event.country(),
                event.city(),
                host,
                event.actualParticipants() != null
                        ? event.actualParticipants()
                        : listSizes.containsKey(code) ? Math.toIntExact(listSizes.get(code)) : null,
                meeting);
    }

    private static DeliverableLine line(DeliverableView d) {
        OffsetDateTime submitted = d.workflow().submittedAt();
        return new DeliverableLine(
                d.code(),
                d.title(),
                d.workPackage(),
                d.lead(),
                d.kind(),
                d.status(),
                d.funderStatus(),
                d.dueDate(),
                submitted == null
                        ? null
                        : submitted.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                d.workflow().late() || d.overdue(),
                d.workflow().delayJustification());
    }

    /**
     * For each month up to the period's end: deliverables due by then, and delivered (submitted, or
     * accepted) by then — as they stand now, so a draft's curve moves until the report is submitted.
     */
    private static List<MonthPoint> progress(Project project, ReportingPeriod period, List<DeliverableView> all) {
        int[] planned = new int[period.endMonth + 2];
        int[] delivered = new int[period.endMonth + 2];
        for (DeliverableView d : all) {
            if (d.dueMonth() <= period.endMonth) {
                planned[d.dueMonth()]++;
            }
            if (DeliverableStatus.DELIVERED.contains(d.status())) {
                // A deliverable imported as already delivered has no submission date: its due month stands in.
                OffsetDateTime submitted = d.workflow().submittedAt();
                int month = submitted == null
                        ? d.dueMonth()
                        : Math.max(
                                1,
                                project.monthOf(submitted
                                        .withOffsetSameInstant(ZoneOffset.UTC)
                                        .toLocalDate()));
                if (month <= period.endMonth) {
                    delivered[month]++;
                }
            }
        }
        int[] plannedSoFar = {0};
        int[] deliveredSoFar = {0};
        return IntStream.rangeClosed(1, period.endMonth)
                .mapToObj(m -> new MonthPoint(m, plannedSoFar[0] += planned[m], deliveredSoFar[0] += delivered[m]))
                .toList();
    }

    private static boolean within(LocalDate date, LocalDate start, LocalDate end) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    private static DeliverableStatus status(String name) {
        return name == null ? null : DeliverableStatus.valueOf(name);
    }
}
