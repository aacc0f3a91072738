package org.consortia.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consortia.common.QueryLiterals;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.FunderProjection;
import org.consortia.milestone.Milestone;
import org.consortia.partner.ParticipationRole;
import org.consortia.project.Project;
import org.consortia.report.ReportDueDates;
import org.consortia.report.ReportService;

/**
 * Every dated obligation of the projects a caller may see, in one query per kind whatever the number
 * of projects. "Today" is the application clock. A project seen in the funder's view contributes only
 * what the funder sees: no draft deliverable, no event of one, no meeting (the consortium's own).
 */
@ApplicationScoped
public class DeadlineService {

    private final EntityManager entityManager;
    private final ReportService reports;
    private final ReportDueDates dueDates;
    private final Clock clock;

    DeadlineService(EntityManager entityManager, ReportService reports, ReportDueDates dueDates, Clock clock) {
        this.entityManager = entityManager;
        this.reports = reports;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The deadlines of one project falling between {@code from} and {@code to} (both inclusive; null: open). */
    public List<Deadline> of(Project project, boolean funderView, LocalDate from, LocalDate to) {
        return of(project, funderView, from, to, false);
    }

    /** As {@link #of(Project, boolean, LocalDate, LocalDate)}, and with {@code overdueToo} whatever is overdue. */
    public List<Deadline> of(Project project, boolean funderView, LocalDate from, LocalDate to, boolean overdueToo) {
        Set<Project> one = Set.of(project);
        return across(funderView ? Set.of() : one, funderView ? one : Set.of(), from, to, overdueToo);
    }

    /**
     * The deadlines of several projects, those seen as a member and those seen as the funder's reviewer,
     * sorted by due date: those between {@code from} and {@code to} (inclusive, null: open), and with
     * {@code overdueToo} whatever is still overdue, however old.
     */
    public List<Deadline> across(
            Collection<Project> asMember,
            Collection<Project> asReviewer,
            LocalDate from,
            LocalDate to,
            boolean overdueToo) {
        LocalDate today = today();
        List<Deadline> deadlines = new ArrayList<>();
        Set<Project> all = new HashSet<>(asMember);
        all.addAll(asReviewer);
        if (all.isEmpty()) {
            return deadlines;
        }
        Map<Long, String> coordinators = coordinators(all);
        Set<Long> reviewed = asReviewer.stream().map(p -> p.id).collect(Collectors.toSet());
        for (DeliverableDates d : deliverables(all, from, to, overdueToo, today)) {
            deadlines.addAll(ofDeliverable(d, reviewed.contains(d.projectId()), today));
        }
        Map<Long, Project> byId = all.stream().collect(Collectors.toMap(p -> p.id, p -> p));
        for (Object[] m : milestones(all, from, to, overdueToo, today)) {
            Long project = (Long) m[0];
            deadlines.add(ofMilestone(
                    byId.get(project).acronym,
                    (String) m[1],
                    (String) m[2],
                    (LocalDate) m[3],
                    (LocalDate) m[4],
                    (String) m[5],
                    coordinators.get(project),
                    today));
        }
        if (!asMember.isEmpty()) {
            for (MeetingDates m : meetings(asMember, from, to, overdueToo, today)) {
                deadlines.add(ofMeeting(m, today));
            }
        }
        Map<Long, OffsetDateTime> submitted = reports.firstSubmissions(all);
        for (Object[] period : periods(all)) {
            Project project = byId.get((Long) period[1]);
            deadlines.add(ofReport(
                    project,
                    (Integer) period[2],
                    dueDates.of(project, (Integer) period[3]),
                    coordinators.get(project.id),
                    submitted.containsKey((Long) period[0]),
                    today));
        }
        return window(deadlines, from, to, overdueToo);
    }

    /**
     * The deadlines of a deliverable: its due date and, for an event with a date, the event's (held once
     * its actual date has come). In the funder's view, the status is in the funder's words ({@link FunderProjection}).
     */
    static List<Deadline> ofDeliverable(DeliverableDates d, boolean funderView, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        boolean delivered = DeliverableStatus.DELIVERED.contains(d.status());
        deadlines.add(new Deadline(
                d.project(),
                Deadline.Kind.DELIVERABLE,
                d.code(),
                d.title(),
                d.dueDate(),
                d.lead(),
                FunderProjection.shown(d.status(), d.submittedAt() != null, funderView)
                        .name(),
                delivered,
                d.isOverdue(today)));
        if (d.hasEventDate()) {
            LocalDate date = d.eventDate();
            boolean held = d.actualDate() != null && !d.actualDate().isAfter(today);
            deadlines.add(new Deadline(
                    d.project(),
                    Deadline.Kind.EVENT,
                    d.code(),
                    d.title(),
                    date,
                    d.host() != null ? d.host() : d.lead(),
                    held ? "HELD" : "PLANNED",
                    held,
                    !held && date.isBefore(today),
                    place(d.venue(), d.city(), d.country()),
                    d.startsAt().orElse(null),
                    d.endsAt().orElse(null),
                    d.endDate()));
        }
        return deadlines;
    }

    /** A milestone, answered for by its work package's lead or, without one, by the project's coordinator. */
    static Deadline ofMilestone(
            String project,
            String code,
            String title,
            LocalDate due,
            LocalDate achieved,
            String workPackageLead,
            String coordinator,
            LocalDate today) {
        return new Deadline(
                project,
                Deadline.Kind.MILESTONE,
                code,
                title,
                due,
                workPackageLead != null ? workPackageLead : coordinator,
                achieved != null ? "REACHED" : "OPEN",
                achieved != null,
                Milestone.isOverdue(due, achieved, today));
    }

    /** The periodic report of period {@code number}, due {@code reportDueDays} after its last month ends. */
    static Deadline ofReport(
            Project project, int number, LocalDate due, String coordinator, boolean delivered, LocalDate today) {
        return new Deadline(
                project.acronym,
                Deadline.Kind.REPORT,
                "RP" + number,
                "Periodic report " + number,
                due,
                coordinator,
                delivered ? "SUBMITTED" : "DUE",
                delivered,
                !delivered && due.isBefore(today));
    }

    /**
     * The deadlines between {@code from} and {@code to} (inclusive, null: open) and, with {@code overdueToo},
     * those overdue however old; by due date, then project, kind and code.
     */
    static List<Deadline> window(List<Deadline> deadlines, LocalDate from, LocalDate to, boolean overdueToo) {
        return deadlines.stream()
                .filter(d -> (overdueToo && d.overdue())
                        || ((from == null || !d.dueDate().isBefore(from))
                                && (to == null || !d.dueDate().isAfter(to))))
                .sorted(Comparator.comparing(Deadline::dueDate)
                        .thenComparing(Deadline::project)
                        .thenComparing(Deadline::kind)
                        .thenComparing(Deadline::code))
                .toList();
    }

    /**
     * A meeting that is not a deliverable, on its first day (held once its actual date has come), answered for by its
     * first host, else its work package's lead: the consortium's own, never in the funder's view.
     */
    static Deadline ofMeeting(MeetingDates m, LocalDate today) {
        LocalDate date = m.date();
        boolean held = m.actualDate() != null && !m.actualDate().isAfter(today);
        return new Deadline(
                m.project(),
                Deadline.Kind.MEETING,
                m.code(),
                m.title(),
                date,
                m.host() != null ? m.host() : m.lead(),
                held ? "HELD" : "PLANNED",
                held,
                !held && date.isBefore(today),
                place(m.venue(), m.city(), m.country()),
                m.startsAt().orElse(null),
                m.endsAt().orElse(null),
                m.endDate());
    }

    private static String place(String venue, String city, String country) {
        String place = Stream.of(venue, city, country)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        return place.isEmpty() ? null : place;
    }

    /** The coordinating organisation of each project: who answers for its reports and loose milestones. */
    private Map<Long, String> coordinators(Collection<Project> projects) {
        Map<Long, String> codes = new HashMap<>();
        entityManager
                .createQuery(
                        "select p.project.id, o.code from Participation p join p.organisation o"
                                + " where p.project.id in " + ids(projects) + " and p.role = :coordinator",
                        Object[].class)
                .setParameter("coordinator", ParticipationRole.COORDINATOR)
                .getResultList()
                .forEach(row -> codes.put((Long) row[0], (String) row[1]));
        return codes;
    }

    /**
     * The deliverables that may give a deadline in the window: due in it, holding an event in it, or (with
     * {@code overdueToo}) overdue or with an event past and not held. A superset, read by the index on the
     * project and due date; {@link #across} applies the exact rules. Without bounds, all of them.
     */
    private List<DeliverableDates> deliverables(
            Collection<Project> projects, LocalDate from, LocalDate to, boolean overdueToo, LocalDate today) {
        String window = from == null && to == null
                ? ""
                : " and (" + between("d.dueDate", from, to)
                        + " or " + between("coalesce(e.actualDate, e.plannedDate)", from, to)
                        + (overdueToo
                                ? " or (d.dueDate < :today and d.status not in "
                                        + QueryLiterals.enums(DeliverableStatus.DELIVERED) + ")"
                                        + " or (e.actualDate is null and e.plannedDate < :today)"
                                : "")
                        + ")";
        TypedQuery<DeliverableDates> query = entityManager.createQuery(
                "select new org.consortia.deadline.DeliverableDates("
                        + "p.id, p.acronym, d.kind, d.code, d.title, d.dueDate, lo.code, d.status, d.submittedAt,"
                        + " e.plannedDate, e.actualDate, e.endDate, e.startTime, e.endTime, e.timeZone, e.country,"
                        + " e.city, e.venue,"
                        + " (select min(ho.code) from Event he join he.hosts h join h.organisation ho where he = e))"
                        + " from Deliverable d join d.project p join d.lead l join l.organisation lo"
                        + " left join d.event e"
                        + " where p.id in " + ids(projects) + " and d.archivedAt is null" + window,
                DeliverableDates.class);
        if (!window.isEmpty() && overdueToo) {
            query.setParameter("today", today);
        }
        return bind(query, from, to).getResultList();
    }

    /**
     * As {@link #deliverables}: the meetings (not deliverables) held or planned in the window, or (with {@code
     * overdueToo}) past and not recorded as held.
     */
    private List<MeetingDates> meetings(
            Collection<Project> projects, LocalDate from, LocalDate to, boolean overdueToo, LocalDate today) {
        String window = from == null && to == null
                ? ""
                : " and (" + between("coalesce(e.actualDate, e.plannedDate)", from, to)
                        + (overdueToo ? " or (e.actualDate is null and e.plannedDate < :today)" : "") + ")";
        TypedQuery<MeetingDates> query = entityManager.createQuery(
                "select new org.consortia.deadline.MeetingDates("
                        + "p.acronym, m.code, m.title, e.plannedDate, e.actualDate, e.endDate, e.startTime,"
                        + " e.endTime, e.timeZone, e.country, e.city, e.venue,"
                        + " (select min(ho.code) from Event he join he.hosts h join h.organisation ho where he = e),"
                        + " lo.code)"
                        + " from Meeting m join m.project p join m.event e join m.workPackage w left join w.lead l"
                        + " left join l.organisation lo where p.id in " + ids(projects) + window,
                MeetingDates.class);
        if (!window.isEmpty() && overdueToo) {
            query.setParameter("today", today);
        }
        return bind(query, from, to).getResultList();
    }

    /**
     * As {@link #deliverables}: the milestones due in the window, or (with {@code overdueToo}) overdue, as
     * project id, code, title, due date, achieved date and the code of their work package's lead.
     */
    private List<Object[]> milestones(
            Collection<Project> projects, LocalDate from, LocalDate to, boolean overdueToo, LocalDate today) {
        String window = from == null && to == null
                ? ""
                : " and (" + between("m.dueDate", from, to)
                        + (overdueToo ? " or (m.achievedDate is null and m.dueDate < :today)" : "") + ")";
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select m.project.id, m.code, m.title, m.dueDate,"
                        + " m.achievedDate, o.code from Milestone m left join m.workPackage w left join w.lead l"
                        + " left join l.organisation o where m.project.id in " + ids(projects) + window,
                Object[].class);
        if (!window.isEmpty() && overdueToo) {
            query.setParameter("today", today);
        }
        return bind(query, from, to).getResultList();
    }

    private static String ids(Collection<Project> projects) {
        return QueryLiterals.ids(projects.stream().map(p -> p.id).toList());
    }

    /** {@code expression} between the bounds given (at least one). */
    private static String between(String expression, LocalDate from, LocalDate to) {
        return "(" + (from != null ? expression + " >= :from" : "") + (from != null && to != null ? " and " : "")
                + (to != null ? expression + " <= :to" : "") + ")";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, LocalDate from, LocalDate to) {
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }

    /** The reporting periods of the projects, as id, project id, number and last month. */
    private List<Object[]> periods(Collection<Project> projects) {
        return entityManager
                .createQuery(
                        "select r.id, r.project.id, r.number, r.endMonth from ReportingPeriod r"
                                + " where r.project.id in " + ids(projects),
                        Object[].class)
                .getResultList();
    }
}
