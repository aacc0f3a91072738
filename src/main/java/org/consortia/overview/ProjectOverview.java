package org.consortia.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consortia.attendance.AttendanceService;
import org.consortia.attendance.ListSummary;
import org.consortia.common.NotFoundProblem;
import org.consortia.deadline.Deadline;
import org.consortia.deadline.DeadlineService;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.DisseminationLevel;
import org.consortia.deliverable.FunderProjection;
import org.consortia.deliverable.FunderStatus;
import org.consortia.deliverable.ShownStatus;
import org.consortia.event.Event;
import org.consortia.event.EventService;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingKind;
import org.consortia.meeting.MeetingService;
import org.consortia.milestone.Milestone;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.workpackage.WorkPackage;

/**
 * The read side of the status pages: everything a project's status page shows, in a fixed number of
 * queries whatever the project's size (one per kind of thing, never one per row).
 */
@ApplicationScoped
public class ProjectOverview {

    /** How far ahead "upcoming deadlines" look. */
    static final int UPCOMING_DAYS = 60;

    private final EntityManager entityManager;
    private final DeadlineService deadlineService;
    private final EventService events;
    private final AttendanceService attendance;
    private final MeetingService meetings;
    private final Clock clock;

    ProjectOverview(
            EntityManager entityManager,
            DeadlineService deadlineService,
            EventService events,
            AttendanceService attendance,
            MeetingService meetings,
            Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.meetings = meetings;
        this.entityManager = entityManager;
        this.deadlineService = deadlineService;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The projects that show their results to anyone, by acronym. */
    public List<PublicProject> publicProjects() {
        return entityManager
                .createQuery(
                        "select new org.consortia.overview.PublicProject(p.acronym, p.title, p.funder,"
                                + " p.programme) from Project p where p.publicPage = true order by p.acronym",
                        PublicProject.class)
                .setMaxResults(100)
                .getResultList();
    }

    /** The cards of the home page for the projects the caller takes part in (two queries for all of them). */
    public List<ProjectCard> cards(List<ProjectRole> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Set<String> acronyms = roles.stream().map(ProjectRole::acronym).collect(Collectors.toSet());
        Map<String, Project> projects = entityManager
                .createQuery("from Project p where p.acronym in :acronyms", Project.class)
                .setParameter("acronyms", acronyms)
                .getResultStream()
                .collect(Collectors.toMap(p -> p.acronym, Function.identity()));
        Map<String, Object[]> counts = new HashMap<>();
        entityManager
                .createQuery(
                        "select d.project.acronym, count(d),"
                                + " sum(case when d.status = :accepted then 1 else 0 end),"
                                + " sum(case when d.dueDate < :today and d.status not in :delivered then 1 else 0 end),"
                                + " min(case when d.dueDate >= :today and d.status not in :delivered then d.dueDate end)"
                                + " from Deliverable d where d.project.acronym in :acronyms and d.archivedAt is null"
                                + " group by d.project.acronym",
                        Object[].class)
                .setParameter("accepted", DeliverableStatus.ACCEPTED)
                .setParameter("delivered", DeliverableStatus.DELIVERED)
                .setParameter("today", today)
                .setParameter("acronyms", acronyms)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], row));
        Map<String, ProjectCard> cards = new LinkedHashMap<>();
        for (ProjectRole role : roles) {
            Project project = projects.get(role.acronym());
            Object[] row = counts.getOrDefault(role.acronym(), new Object[] {role.acronym(), 0L, 0L, 0L, null});
            cards.putIfAbsent(
                    role.acronym(),
                    new ProjectCard(
                            project.acronym,
                            project.title,
                            role.standing(),
                            project.euGrant,
                            currentMonth(project, today),
                            project.durationMonths(),
                            number(row[2]),
                            number(row[1]),
                            number(row[3]),
                            (LocalDate) row[4]));
        }
        return List.copyOf(cards.values());
    }

    /**
     * Everything the status page shows. In the funder's view only what was submitted to the funder
     * counts, and nothing internal (uploads, activity on drafts) appears.
     */
    public ProjectStatusView status(Project project, boolean funderView, StatusFilter filter) {
        LocalDate today = today();
        List<Deliverable> deliverables = deliverables(project);
        Map<String, OffsetDateTime> lastActivity = lastActivity(project, funderView);
        List<DeliverableRow> rows = rows(deliverables, today, lastActivity, funderView);
        List<WorkPackage> workPackages = entityManager
                .createQuery(
                        "select w from WorkPackage w"
                                + " join fetch w.lead l join fetch l.organisation where w.project = :project order by w.number",
                        WorkPackage.class)
                .setParameter("project", project)
                .getResultList();
        List<MilestoneRow> milestones = entityManager
                .createQuery(
                        "select m from Milestone m"
                                + " left join fetch m.workPackage where m.project = :project order by m.dueDate, m.code",
                        Milestone.class)
                .setParameter("project", project)
                .getResultStream()
                .map(m -> new MilestoneRow(
                        m.code,
                        m.title,
                        m.workPackage == null ? null : m.workPackage.code(),
                        m.dueMonth,
                        m.dueDate,
                        m.forecastDate,
                        m.achievedDate,
                        m.isOverdue(today)))
                .toList();
        List<ReportingPeriod> periods = entityManager
                .createQuery(
                        "from ReportingPeriod r where r.project = :project" + " order by r.number",
                        ReportingPeriod.class)
                .setParameter("project", project)
                .getResultList();
        List<Participation> partners = partners(project);
        Map<String, OffsetDateTime> lastUploads = FunderProjection.internal(funderView, () -> lastUploadByLead(project))
                .orElse(Map.of());

        List<WorkPackageGroup> groups =
                groups(workPackages, rows.stream().filter(filter::accepts).toList());
        List<WorkPackageGroup> allGroups = groups(workPackages, rows);
        Timeline timeline = Timeline.of(project, allGroups, milestones, periods, today);
        LocalDate horizon = today.plusDays(UPCOMING_DAYS);
        List<Deadline> deadlines = deadlineService.of(project, funderView, today, horizon, true);
        return new ProjectStatusView(
                today,
                currentMonth(project, today),
                counts(rows),
                deadlines.stream().filter(Deadline::overdue).toList(),
                deadlines.stream()
                        .filter(d -> !d.done()
                                && !d.dueDate().isBefore(today)
                                && !d.dueDate().isAfter(horizon))
                        .toList(),
                groups,
                rows.size(),
                (int) rows.stream().filter(filter::accepts).count(),
                milestones,
                timeline,
                partnerRows(partners, rows, lastUploads),
                events(rows, meetingRows(project, today, funderView)),
                partners.stream().map(Participation::code).toList(),
                workPackages.stream().map(WorkPackage::code).toList(),
                rows.stream().filter(DeliverableRow::delivered).count() / (double) Math.max(1, rows.size()),
                elapsedShare(project, today));
    }

    /**
     * One partner's commitments: the work packages and deliverables it leads, those it contributes to,
     * the events it hosts; a 404 when it is not a partner of the project.
     */
    public PartnerCommitments partner(Project project, String code, boolean funderView) {
        LocalDate today = today();
        Participation partner = partners(project).stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundProblem("Partner", code + " in " + project.acronym));
        Set<String> contributions = Set.copyOf(entityManager
                .createQuery(
                        "select d.code from Deliverable d"
                                + " join d.contributors c join c.organisation o where d.project = :project and o.code = :code"
                                + " and d.archivedAt is null",
                        String.class)
                .setParameter("project", project)
                .setParameter("code", code)
                .getResultList());
        Map<String, OffsetDateTime> lastActivity = lastActivity(project, funderView);
        List<DeliverableRow> rows = rows(deliverables(project), today, lastActivity, funderView);
        List<WorkPackage> led = entityManager
                .createQuery(
                        "select w from WorkPackage w join w.lead l"
                                + " join l.organisation o where w.project = :project and o.code = :code order by w.number",
                        WorkPackage.class)
                .setParameter("project", project)
                .setParameter("code", code)
                .getResultList();
        return new PartnerCommitments(
                code,
                partner.organisation.legalName,
                partner.organisation.country,
                partner.organisation.website,
                partner.partnerNumber,
                partner.role,
                FunderProjection.internal(funderView, () -> partner.contactName).orElse(null),
                FunderProjection.internal(funderView, () -> partner.contactEmail)
                        .orElse(null),
                led.stream()
                        .map(w -> new WorkPackageGroup(w.code(), w.title, code, w.startMonth, w.endMonth, List.of()))
                        .toList(),
                rows.stream().filter(r -> r.lead().equals(code)).toList(),
                rows.stream().filter(r -> contributions.contains(r.code())).toList(),
                events(rows, meetingRows(project, today, funderView)).stream()
                        .filter(e -> e.hosts().contains(code))
                        .toList(),
                FunderProjection.internal(
                                funderView, () -> lastUploadByLead(project).get(code))
                        .orElse(null));
    }

    /** The funder's view: what reached the funder, the events held, and only the comments shared with it. */
    public ReviewView review(Project project) {
        LocalDate today = today();
        List<Deliverable> all = deliverables(project);
        List<ReviewView.Submission> submissions = all.stream()
                .filter(FunderProjection::received)
                .map(d -> new ReviewView.Submission(
                        d.code,
                        d.title,
                        d.kind,
                        d.lead.code(),
                        d.dueDate,
                        FunderProjection.status(d),
                        d.submittedAt,
                        d.submittedVersion,
                        d.isLate(),
                        d.delayJustification,
                        d.acceptedAt))
                .toList();
        List<ReviewView.Outstanding> overdue = all.stream()
                .filter(d -> !FunderProjection.received(d) && d.isOverdue(today))
                .map(d -> new ReviewView.Outstanding(d.code, d.title, d.kind, d.lead.code(), d.dueDate))
                .toList();
        List<EventRow> held = rows(all, today, Map.of(), true).stream()
                .map(DeliverableRow::event)
                .filter(e -> e != null && e.held())
                .sorted(Comparator.comparing(EventRow::date).thenComparing(EventRow::code))
                .toList();
        List<ReviewView.ReviewComment> comments = entityManager
                .createQuery(
                        "select new"
                                + " org.consortia.overview.ReviewView$ReviewComment(d.code, coalesce(c.authorName, c.authorUsername),"
                                + " c.authorOrganisation, c.text, c.createdAt) from Comment c join c.deliverable d"
                                + " where d.project = :project and c.visibility in :funder and "
                                + FunderProjection.received("d")
                                + " order by c.createdAt desc, c.id desc",
                        ReviewView.ReviewComment.class)
                .setParameter("project", project)
                .setParameter("funder", FunderProjection.COMMENTS)
                .setMaxResults(500)
                .getResultList();
        return new ReviewView(
                submissions,
                overdue,
                held,
                comments,
                submissions.stream().filter(ReviewView.Submission::late).count(),
                submissions.stream()
                        .filter(s -> s.status() == FunderStatus.ACCEPTED)
                        .count());
    }

    /** What a public project shows anyone: partners, and its accepted deliverables meant for the public (PU). */
    public PublicView publicView(Project project) {
        Map<String, String> files = new HashMap<>();
        entityManager
                .createQuery(
                        "select d.code, f.originalName from FileVersion f join f.deliverable d"
                                + " where d.project = :project and d.status = :accepted and d.disseminationLevel = :public"
                                + " and f.number = d.submittedVersion and f.withdrawnAt is null",
                        Object[].class)
                .setParameter("project", project)
                .setParameter("accepted", DeliverableStatus.ACCEPTED)
                .setParameter("public", DisseminationLevel.PU)
                .getResultList()
                .forEach(row -> files.put((String) row[0], (String) row[1]));
        List<PublicView.Result> results = deliverables(project).stream()
                .filter(d -> d.status == DeliverableStatus.ACCEPTED && d.disseminationLevel == DisseminationLevel.PU)
                .map(d -> new PublicView.Result(
                        d.code, d.title, d.lead.code(), d.acceptedAt, files.get(d.code), files.containsKey(d.code)))
                .toList();
        List<PartnerRow> partners = partners(project).stream()
                .map(p -> new PartnerRow(
                        p.partnerNumber,
                        p.code(),
                        p.organisation.legalName,
                        p.organisation.country,
                        p.role,
                        0,
                        0,
                        0,
                        null))
                .toList();
        return new PublicView(partners, results);
    }

    /** Every deliverable of the project, the funder's view included: it sees each obligation of the grant. */
    private List<Deliverable> deliverables(Project project) {
        return entityManager
                .createQuery(
                        "select d from Deliverable d"
                                + " join fetch d.workPackage join fetch d.lead l join fetch l.organisation"
                                + " left join fetch d.event"
                                + " where d.project = :project and d.archivedAt is null order by d.dueDate, d.code",
                        Deliverable.class)
                .setParameter("project", project)
                .getResultList();
    }

    private List<Participation> partners(Project project) {
        return entityManager
                .createQuery(
                        "select p from Participation p"
                                + " join fetch p.organisation where p.project = :project order by p.partnerNumber",
                        Participation.class)
                .setParameter("project", project)
                .getResultList();
    }

    private Map<String, OffsetDateTime> lastActivity(Project project, boolean funderView) {
        Map<String, OffsetDateTime> last = new HashMap<>();
        entityManager
                .createQuery(
                        "select a.deliverableCode, max(a.occurredAt) from ActivityEntry a"
                                + " where a.project = :project and a.deliverableCode is not null"
                                + (funderView ? " and a.visibleToFunder = true" : "")
                                + " group by a.deliverableCode",
                        Object[].class)
                .setParameter("project", project)
                .getResultList()
                .forEach(row -> last.put((String) row[0], (OffsetDateTime) row[1]));
        return last;
    }

    private Map<String, OffsetDateTime> lastUploadByLead(Project project) {
        Map<String, OffsetDateTime> last = new HashMap<>();
        entityManager
                .createQuery(
                        "select o.code, max(f.uploadedAt) from FileVersion f join f.deliverable d"
                                + " join d.lead l join l.organisation o where d.project = :project group by o.code",
                        Object[].class)
                .setParameter("project", project)
                .getResultList()
                .forEach(row -> last.put((String) row[0], (OffsetDateTime) row[1]));
        return last;
    }

    /** The rows of the deliverables, with the hosts of their events read in one query. */
    private List<DeliverableRow> rows(
            List<Deliverable> all, LocalDate today, Map<String, OffsetDateTime> lastActivity, boolean funderView) {
        List<Event> held =
                all.stream().map(d -> d.event).filter(Objects::nonNull).toList();
        Map<Long, TreeSet<String>> hosts = events.hostCodes(held);
        Map<Long, ListSummary> lists = attendance.summaries(held);
        return all.stream()
                .map(d -> row(d, hosts, lists, today, lastActivity.get(d.code), funderView))
                .toList();
    }

    private static DeliverableRow row(
            Deliverable d,
            Map<Long, TreeSet<String>> hosts,
            Map<Long, ListSummary> lists,
            LocalDate today,
            OffsetDateTime lastActivity,
            boolean funderView) {
        ShownStatus status = FunderProjection.shown(d, funderView);
        EventRow event =
                d.kind.isEvent() ? eventRow(d.code, d.title, d.kind, null, d.event, hosts, lists, today, status) : null;
        return new DeliverableRow(
                d.code,
                d.title,
                d.kind,
                d.workPackage.code(),
                d.lead.code(),
                d.dueMonth,
                d.dueDate,
                d.forecastDate,
                status,
                d.isOverdue(today),
                d.isLate(),
                lastActivity,
                event);
    }

    /** An event's row; {@code details} null for an event deliverable not described yet. */
    private static EventRow eventRow(
            String code,
            String title,
            DeliverableKind kind,
            MeetingKind meeting,
            Event details,
            Map<Long, TreeSet<String>> hosts,
            Map<Long, ListSummary> lists,
            LocalDate today,
            ShownStatus status) {
        Event event = details == null ? new Event() : details;
        return new EventRow(
                code,
                title,
                kind,
                event.mode,
                event.country,
                event.city,
                event.firstDay(),
                event.endDate,
                event.actualDate != null && !event.actualDate.isAfter(today),
                List.copyOf(event.id == null ? Set.of() : hosts.getOrDefault(event.id, new TreeSet<>())),
                event.expectedParticipants,
                event.actualParticipants,
                event.id == null ? ListSummary.NONE : lists.getOrDefault(event.id, ListSummary.NONE),
                status,
                meeting);
    }

    /**
     * The rows of the meetings that are not deliverables, their hosts and lists read in one query each: the
     * consortium's own, none in the funder's view.
     */
    private List<EventRow> meetingRows(Project project, LocalDate today, boolean funderView) {
        if (funderView) {
            return List.of();
        }
        List<Meeting> all = meetings.all(project);
        List<Event> held = all.stream().map(m -> m.event).toList();
        Map<Long, TreeSet<String>> hosts = events.hostCodes(held);
        Map<Long, ListSummary> lists = attendance.summaries(held);
        return all.stream()
                .map(m -> eventRow(m.code, m.title, null, m.kind, m.event, hosts, lists, today, null))
                .toList();
    }

    private static List<WorkPackageGroup> groups(List<WorkPackage> workPackages, List<DeliverableRow> rows) {
        Map<String, List<DeliverableRow>> byWorkPackage = rows.stream()
                .collect(Collectors.groupingBy(DeliverableRow::workPackage, LinkedHashMap::new, Collectors.toList()));
        return workPackages.stream()
                .map(w -> new WorkPackageGroup(
                        w.code(),
                        w.title,
                        w.lead.code(),
                        w.startMonth,
                        w.endMonth,
                        byWorkPackage.getOrDefault(w.code(), List.of())))
                .toList();
    }

    private static List<StatusCount> counts(List<DeliverableRow> rows) {
        Map<ShownStatus, Integer> counts = new TreeMap<>(Comparator.comparingInt(s -> ((Enum<?>) s).ordinal()));
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<PartnerRow> partnerRows(
            List<Participation> partners, List<DeliverableRow> rows, Map<String, OffsetDateTime> lastUploads) {
        Map<String, List<DeliverableRow>> byLead = rows.stream().collect(Collectors.groupingBy(DeliverableRow::lead));
        return partners.stream()
                .map(p -> {
                    Collection<DeliverableRow> led = byLead.getOrDefault(p.code(), List.of());
                    return new PartnerRow(
                            p.partnerNumber,
                            p.code(),
                            p.organisation.legalName,
                            p.organisation.country,
                            p.role,
                            led.size(),
                            (int) led.stream().filter(DeliverableRow::delivered).count(),
                            (int) led.stream().filter(DeliverableRow::overdue).count(),
                            lastUploads.get(p.code()));
                })
                .toList();
    }

    private static List<EventRow> events(List<DeliverableRow> rows, List<EventRow> meetings) {
        return Stream.concat(rows.stream().map(DeliverableRow::event).filter(e -> e != null), meetings.stream())
                .sorted(Comparator.comparing(EventRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EventRow::code))
                .toList();
    }

    /** The project month of today: 0 before the start, the last month after the end. */
    static int currentMonth(Project project, LocalDate today) {
        if (today.isBefore(project.startDate)) {
            return 0;
        }
        return today.isAfter(project.endDate) ? project.durationMonths() : project.monthOf(today);
    }

    private static double elapsedShare(Project project, LocalDate today) {
        long total = project.endDate.toEpochDay() - project.startDate.toEpochDay() + 1;
        long elapsed = Math.min(total, Math.max(0, today.toEpochDay() - project.startDate.toEpochDay() + 1));
        return elapsed / (double) total;
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
