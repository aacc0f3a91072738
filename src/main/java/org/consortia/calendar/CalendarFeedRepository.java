package org.consortia.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.consortia.security.Person;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepository<CalendarFeed> {

    public Optional<CalendarFeed> findByTokenHash(String tokenHash) {
        return find("select f from CalendarFeed f join fetch f.person where f.tokenHash = ?1", tokenHash)
                .firstResultOptional();
    }

    /** One page of all feeds with their owners, the latest issued first (one query). */
    public List<CalendarFeed> latestFirst(int offset, int limit) {
        return getEntityManager()
                .createQuery(
                        "select f from CalendarFeed f join fetch f.person" + " order by f.createdAt desc, f.id desc",
                        CalendarFeed.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<CalendarFeed> findByPerson(Person person) {
        return find("person", person).firstResultOptional();
    }
}
