package org.consortia.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records each person the first time this instance sees them (and refreshes their name, e-mail and
 * organisations then), so later features can show who did what and write to them.
 */
@ApplicationScoped
public class People {

    private static final Logger LOG = Logger.getLogger(People.class);

    private final PersonRepository persons;
    private final Clock clock;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    People(PersonRepository persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    void recordOnce(CurrentUser user) {
        if (user.isAnonymous() || seen.contains(user.subject())) {
            return;
        }
        try {
            record(user);
            seen.add(user.subject());
        } catch (RuntimeException e) {
            // Two first requests at once (the other one recorded this person), or worse: never fail the
            // call for it; the next request tries again.
            LOG.warnf("Could not record %s: %s", user.username(), e.getMessage());
        }
    }

    private void record(CurrentUser user) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = persons.findBySubject(user.subject()).orElseGet(() -> {
                Person created = new Person();
                created.subject = user.subject();
                created.firstSeen = OffsetDateTime.now(clock);
                return created;
            });
            person.username = user.username();
            person.name = user.name();
            person.email = user.email();
            person.organisations = String.join(",", user.organisations());
            if (!persons.isPersistent(person)) {
                persons.persist(person);
            }
            persons.flush();
        });
    }
}
