package org.consortia.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consortia.common.TransactionLocks;
import org.jboss.logging.Logger;

/**
 * Keeps the recorded people in step with the identity provider, so that what is done for them without a
 * request (calendar feeds, notices) follows who they are now, not who they were at their last sign-in:
 * each run reads the accounts of everyone not yet departed ({@link Directory}) and records their
 * organisations, roles, name and e-mail, and whether their account is disabled or gone. The directory is
 * read whole before anything changes: when the provider cannot be reached or fails halfway, the run is
 * logged and nobody changes until the next one. One instance at a time applies a run (a PostgreSQL
 * advisory lock).
 */
@ApplicationScoped
public class PeopleSync {

    private static final Logger LOG = Logger.getLogger(PeopleSync.class);

    /** The advisory lock's key: any fixed number the other jobs do not use ("People"). */
    static final long LOCK = 0x50656f706c65L;

    private final Directory directory;
    private final PersonRepository persons;
    private final TransactionLocks locks;

    PeopleSync(Directory directory, PersonRepository persons, TransactionLocks locks) {
        this.directory = directory;
        this.persons = persons;
        this.locks = locks;
    }

    @Scheduled(every = "${consortia.people.sync-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sync();
    }

    /** One run against the identity provider. */
    public Report sync() {
        return syncWith(directory);
    }

    /** One run against {@code source}: what it found and changed. */
    Report syncWith(Directory source) {
        Set<String> subjects =
                QuarkusTransaction.requiringNew().call(() -> new HashSet<>(persons.subjectsNotDeparted()));
        Directory.Accounts accounts;
        try {
            accounts = source.read(subjects);
        } catch (RuntimeException e) {
            LOG.warnf("People not synchronised with the identity provider (tried again at the next run): %s", e);
            return Report.NOT_RUN;
        }
        Report report = QuarkusTransaction.requiringNew().call(() -> apply(accounts));
        if (report.changed() > 0) {
            LOG.infof(
                    "People synchronised with the identity provider: %d checked, %d changed, %d disabled, %d departed",
                    report.checked(), report.changed(), report.disabled(), report.departed());
        }
        return report;
    }

    private Report apply(Directory.Accounts accounts) {
        if (!locks.tryHold(LOCK)) {
            return Report.NOT_RUN;
        }
        List<Person> people = persons.list("status <> ?1", PersonStatus.DEPARTED);
        int checked = 0;
        int changed = 0;
        for (Person person : people) {
            Account account = accounts.found().get(person.subject);
            boolean gone = accounts.gone().contains(person.subject);
            if (account == null && !gone) {
                continue;
            }
            checked++;
            boolean change = account != null ? person.follow(account) : person.depart();
            if (change) {
                changed++;
                LOG.infof(
                        "%s (%s) now %s, organisations [%s], roles [%s]",
                        person.username, person.subject, person.status, person.organisations, person.roles);
            }
        }
        long disabled =
                people.stream().filter(p -> p.status == PersonStatus.DISABLED).count();
        long departed = persons.count("status", PersonStatus.DEPARTED);
        return new Report(true, checked, changed, (int) disabled, (int) departed);
    }

    /**
     * What a run did: whether it ran, how many people it checked and changed, and how many are disabled or
     * departed after it.
     */
    public record Report(boolean ran, int checked, int changed, int disabled, int departed) {

        static final Report NOT_RUN = new Report(false, 0, 0, 0, 0);
    }
}
