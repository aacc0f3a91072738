package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.file.FileReferences;
import org.consortia.event.Event;

/** The signed sheets of events, by day and version; their hashes keep their stored files from the orphan sweep. */
@ApplicationScoped
public class SignedSheetRepository implements PanacheRepository<SignedSheet>, FileReferences {

    /** A page of the event's sheets by day, newest version first; {@code forFunderOnly}: the funder's choice only. */
    public Page<SignedSheet> page(Event event, boolean forFunderOnly, PageRequest request) {
        String where = "event = ?1" + (forFunderOnly ? " and forFunder = true" : "");
        long total = count(where, event);
        List<SignedSheet> items = total == 0
                ? List.of()
                : find(where + " order by day, number desc", event)
                        .range(request.offset(), request.offset() + request.size - 1)
                        .list();
        return request.page(items, total);
    }

    public Optional<SignedSheet> find(Event event, long id) {
        return find("event = ?1 and id = ?2", event, id).firstResultOptional();
    }

    /** The next version number of the day's sheets (1 for the first). */
    public int nextNumber(Event event, LocalDate day) {
        Integer last = getEntityManager()
                .createQuery(
                        "select max(s.number) from SignedSheet s where s.event = :event and s.day = :day",
                        Integer.class)
                .setParameter("event", event)
                .setParameter("day", day)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    @Override
    public Set<String> referencedHashes() {
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct s.sha256 from SignedSheet s", String.class)
                .getResultList());
    }
}
