package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consortia.attendance.Breakdown.Count;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.event.Event;
import org.consortia.project.Project;

/** Participant queries: a page of an event's list, one participant, and the breakdown in two statements. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepository<Participant> {

    /** A page of the event's participants by name. */
    public Page<Participant> page(Event event, PageRequest request) {
        long total = count("event", event);
        List<Participant> items = total == 0
                ? List.of()
                : find("event = ?1 order by name, id", event)
                        .range(request.offset(), request.offset() + request.size - 1)
                        .list();
        return request.page(items, total);
    }

    /** A page of the event's participants whose name holds {@code name} (in any case), by name. */
    public Page<Participant> page(Event event, String name, PageRequest request) {
        String pattern = "%"
                + name.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String where = "event = ?1 and lower(name) like ?2 escape '\\'";
        long total = count(where, event, pattern);
        List<Participant> items = total == 0
                ? List.of()
                : find(where + " order by name, id", event, pattern)
                        .range(request.offset(), request.offset() + request.size - 1)
                        .list();
        return request.page(items, total);
    }

    /** How many on the event's list are marked present on {@code day}. */
    public long countPresent(Event event, LocalDate day) {
        return ((Number) getEntityManager()
                        .createNativeQuery(
                                "select count(*) from participant where event_id = :event and :day = any(days_attended)")
                        .setParameter("event", event.id)
                        .setParameter("day", day)
                        .getSingleResult())
                .longValue();
    }

    public Optional<Participant> find(Event event, long id) {
        return find("event = ?1 and id = ?2", event, id).firstResultOptional();
    }

    /** The participant, locked until the transaction ends: two check-ins of one person never lose either's day. */
    public Optional<Participant> findLocked(Event event, long id) {
        return find("event = ?1 and id = ?2", event, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Whether someone with this e-mail address (in any case) is on the event's list already, other than {@code id}. */
    public boolean hasEmail(Event event, String email, Long id) {
        return count("event = ?1 and lower(email) = lower(?2) and id <> ?3", event, email, id == null ? -1L : id) > 0;
    }

    /** The addresses on the event's list, in lower case: one query. */
    public Set<String> emails(Event event) {
        return new HashSet<>(getEntityManager()
                .createQuery(
                        "select lower(p.email) from Participant p where p.event = :event and p.email is not null",
                        String.class)
                .setParameter("event", event)
                .getResultList());
    }

    /** Those on the event's list who take part in person, by name: the lines of its signature sheets. */
    public List<Signatory> signatories(Event event) {
        return getEntityManager()
                .createQuery(
                        "select new org.consortia.attendance.Signatory(p.name, p.organisation, p.country)"
                                + " from Participant p where p.event = :event and p.presence = :presence"
                                + " order by p.name, p.id",
                        Signatory.class)
                .setParameter("event", event)
                .setParameter("presence", Presence.IN_PERSON)
                .getResultList();
    }

    /** The participant's invitation to the event's survey, if they got one. */
    public Optional<SurveyInvitation> invitation(Participant participant) {
        return getEntityManager()
                .createQuery("from SurveyInvitation i where i.participant = :participant", SurveyInvitation.class)
                .setParameter("participant", participant)
                .getResultStream()
                .findFirst();
    }

    /** The projects that ended before {@code date} and still hold a participant's personal data. */
    public List<Project> projectsWithPersonalDataEndedBefore(LocalDate date) {
        return getEntityManager()
                .createQuery(
                        "select distinct pr from Participant p join p.event e join e.project pr"
                                + " where p.erasedAt is null and pr.endDate < :date",
                        Project.class)
                .setParameter("date", date)
                .getResultList();
    }

    /** Pseudonymises every participant of the project's events whose data is held, in one statement; how many. */
    public int pseudonymiseAll(Project project, OffsetDateTime now) {
        return getEntityManager()
                .createNativeQuery("update participant p set name = 'Erased participant ' || p.id, email = null,"
                        + " organisation = null, role = null, photo_consent = false, erased_at = :now,"
                        + " version = p.version + 1 from event e"
                        + " where e.id = p.event_id and e.project_id = :project and p.erased_at is null")
                .setParameter("now", now)
                .setParameter("project", project.id)
                .executeUpdate();
    }

    public long count(Event event) {
        return count("event", event);
    }

    /**
     * The event's participants counted by country, kind of organisation, gender and presence (one statement, with
     * grouping sets), then per day (a second one): the same two statements whatever their number.
     */
    public Breakdown breakdown(Event event) {
        return breakdown("p.event_id = :event", Map.of("event", event.id));
    }

    /**
     * As {@link #breakdown(Event)}, over the participants of the events of the project's deliverables and meetings
     * {@code codes}.
     */
    public Breakdown breakdown(Project project, Collection<String> codes) {
        return breakdown(
                "p.event_id in (select d.event_id from event_owner d where d.project_id = :project"
                        + " and d.code = any(:codes))",
                Map.of("project", project.id, "codes", codes.toArray(String[]::new)));
    }

    private Breakdown breakdown(String scope, Map<String, Object> parameters) {
        Query grouped = getEntityManager()
                .createNativeQuery(
                        "select grouping(country, organisation_type, gender, presence), country, organisation_type,"
                                + " gender, presence, count(*), count(distinct event_id) from participant p where "
                                + scope
                                + " group by grouping sets ((country), (organisation_type), (gender), (presence), ())",
                        Object[].class);
        parameters.forEach(grouped::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = grouped.getResultList();
        long total = 0;
        long events = 0;
        List<Count> countries = new ArrayList<>();
        List<Count> types = new ArrayList<>();
        List<Count> genders = new ArrayList<>();
        List<Count> presences = new ArrayList<>();
        for (Object[] row : rows) {
            // grouping(a, b, c, d) has a bit set for each column left out of the row's set, a first: 7 is by country
            // (b, c, d left out), 11 by type, 13 by gender, 14 by presence, 15 all.
            int grouping = ((Number) row[0]).intValue();
            long count = ((Number) row[5]).longValue();
            switch (grouping) {
                case 7 -> countries.add(new Count(row[1] == null ? "" : (String) row[1], count));
                case 11 -> types.add(new Count((String) row[2], count));
                case 13 -> genders.add(new Count((String) row[3], count));
                case 14 -> presences.add(new Count((String) row[4], count));
                default -> {
                    total = count;
                    events = ((Number) row[6]).longValue();
                }
            }
        }
        Query perDay = getEntityManager()
                .createNativeQuery(
                        "select day::text, count(*) from participant p cross join unnest(p.days_attended) day where "
                                + scope + " group by day order by day",
                        Object[].class);
        parameters.forEach(perDay::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> days = perDay.getResultList();
        return new Breakdown(
                total,
                events,
                largestFirst(countries),
                largestFirst(types),
                largestFirst(genders),
                largestFirst(presences),
                days.stream()
                        .map(row -> new Count((String) row[0], ((Number) row[1]).longValue()))
                        .toList());
    }

    /**
     * How many are on the lists of the events of the project's deliverables and meetings {@code codes}, by code (none:
     * absent).
     */
    public Map<String, Long> listSizes(Project project, Collection<String> codes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select d.code, count(*) from participant p join event_owner d on d.event_id = p.event_id"
                                + " where d.project_id = :project and d.code = any(:codes) group by d.code",
                        Object[].class)
                .setParameter("project", project.id)
                .setParameter("codes", codes.toArray(String[]::new))
                .getResultList();
        Map<String, Long> sizes = new HashMap<>();
        rows.forEach(row -> sizes.put((String) row[0], ((Number) row[1]).longValue()));
        return sizes;
    }

    /** How many are on each event's list, from how many countries, how many from employers and from unions: one query. */
    public Map<Long, ListSummary> summaries(Collection<Event> events) {
        Map<Long, ListSummary> summaries = new HashMap<>();
        if (events.isEmpty()) {
            return summaries;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select event_id, count(*), count(distinct country),"
                                + " count(*) filter (where organisation_type = 'EMPLOYERS_ORGANISATION'),"
                                + " count(*) filter (where organisation_type = 'TRADE_UNION')"
                                + " from participant where event_id = any(:events) group by event_id",
                        Object[].class)
                .setParameter("events", events.stream().map(e -> e.id).toArray(Long[]::new))
                .getResultList();
        for (Object[] row : rows) {
            summaries.put(
                    ((Number) row[0]).longValue(),
                    new ListSummary(
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue(),
                            ((Number) row[4]).longValue()));
        }
        return summaries;
    }

    private static List<Count> largestFirst(List<Count> counts) {
        return counts.stream()
                .sorted(Comparator.comparingLong(Count::participants).reversed().thenComparing(Count::value))
                .toList();
    }
}
