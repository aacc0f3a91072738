package org.consortia.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.consortia.security.Person;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepository<CalendarFeed> {

    public Optional<CalendarFeed> findByTokenHash(String tokenHash) {
        return find("select f from CalendarFeed f join fetch f.person where f.tokenHash = ?1", tokenHash)
                .firstResultOptional();
    }

    public Optional<CalendarFeed> findByPerson(Person person) {
        return find("person", person).firstResultOptional();
    }
}
