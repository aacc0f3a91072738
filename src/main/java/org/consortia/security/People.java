package org.consortia.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Records each person the first time this instance sees them (and refreshes their name, e-mail and
 * organisations then), so later features can show who did what and write to them.
 */
@ApplicationScoped
public class People {

    private static final Logger LOG = Logger.getLogger(People.class);

    private final PersonRepository persons;
    private final Clock clock;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    People(PersonRepository persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    /**
     * Records the caller the first time this instance sees them, and again when their name, e-mail,
     * organisations or roles changed since: what is acted on without them (feeds, mails) stays current.
     */
    void recordOnce(CurrentUser user) {
        if (user.isAnonymous()) {
            return;
        }
        String fingerprint = String.join(
                "\n",
                user.subject(),
                user.username(),
                String.valueOf(user.name()),
                String.valueOf(user.email()),
                String.join(",", user.organisations()),
                String.join(",", user.roles()));
        if (fingerprint.equals(seen.get(user.subject()))) {
            return;
        }
        try {
            record(user);
            seen.put(user.subject(), fingerprint);
        } catch (RuntimeException e) {
            // Two first requests at once (the other one recorded this person), or worse: never fail the
            // call for it; the next request tries again.
            LOG.warnf("Could not record %s: %s", user.username(), e.getMessage());
        }
    }

    /** The signed-in caller as recorded (recording them first if needed); empty for an anonymous caller. */
    public Optional<Person> person(CurrentUser user) {
        if (user.isAnonymous()) {
            return Optional.empty();
        }
        recordOnce(user);
        return persons.findBySubject(user.subject());
    }

    /** The person with this user name, as last recorded; empty when they never signed in. */
    public Optional<Person> byUsername(String username) {
        return persons.findByUsername(username);
    }

    /**
     * Records an account known before its person signs in (the demo's staff, whose timesheets the demo holds): the row
     * their first sign-in finds by its subject.
     */
    @Transactional
    public Person known(Account account) {
        Person person = persons.findBySubject(account.subject()).orElseGet(() -> {
            Person created = new Person();
            created.subject = account.subject();
            created.firstSeen = OffsetDateTime.now(clock);
            return created;
        });
        person.follow(account);
        if (!persons.isPersistent(person)) {
            persons.persist(person);
        }
        return person;
    }

    /** Stores the caller's choices for their mails: a language tag (null: the default) and the kinds muted. */
    @Transactional
    public Person choose(CurrentUser user, String language, Set<String> mutedKinds) {
        recordOnce(user);
        Person person = persons.findBySubject(user.subject()).orElseThrow();
        person.language = language;
        person.mutedKinds = String.join(",", new TreeSet<>(mutedKinds));
        return person;
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
            person.roles = String.join(",", user.roles());
            if (!persons.isPersistent(person)) {
                persons.persist(person);
            }
            persons.flush();
        });
    }
}
