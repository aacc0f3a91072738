package org.consortia.event;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Event queries. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {

    /** The host partners' codes of each event, by event id, in one query whatever their number. */
    public Map<Long, TreeSet<String>> hostCodes(Collection<Event> events) {
        Long[] ids = events.stream().filter(Objects::nonNull).map(e -> e.id).toArray(Long[]::new);
        Map<Long, TreeSet<String>> codes = new HashMap<>();
        if (ids.length == 0) {
            return codes;
        }
        // SQL with an array parameter, as DeliverableRepository's codes: its text does not depend on the number.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select h.event_id, o.code from event_host h join participation p on p.id = h.participation_id"
                                + " join organisation o on o.id = p.organisation_id where h.event_id = any(:ids)",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            codes.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]);
        }
        return codes;
    }

    /** The event, its row locked until the transaction ends and read again under the lock. */
    public Event findLocked(long id) {
        Event event = getEntityManager().find(Event.class, id);
        getEntityManager().refresh(event, LockModeType.PESSIMISTIC_WRITE);
        return event;
    }

    /** Whether {@code code} addresses a meeting's event in the project (view {@code event_owner}, V36). */
    public boolean isMeetingCode(long projectId, String code) {
        return !getEntityManager()
                .createNativeQuery(
                        "select 1 from event_owner o where o.project_id = :project and o.code = :code and o.meeting")
                .setParameter("project", projectId)
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
    }
}
