package org.consortia.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.security.Person;

@ApplicationScoped
public class NotificationRepository implements PanacheRepository<Notification> {

    /** The keys of the notices already written for these projects. */
    public List<String> dedupKeys(List<String> projectAcronyms) {
        return getEntityManager()
                .createQuery(
                        "select n.dedupKey from Notification n"
                                + " where n.dedupKey is not null and n.projectAcronym in :projects",
                        String.class)
                .setParameter("projects", projectAcronyms)
                .getResultList();
    }

    public List<Notification> latest(Person person, int limit) {
        return find("person = ?1 order by createdAt desc, id desc", person)
                .page(0, limit)
                .list();
    }

    /** How many notices the person with this subject has not read: one query (a query of its own, translated once). */
    public long unread(String subject) {
        return getEntityManager()
                .createQuery(
                        "select count(n) from Notification n join n.person p"
                                + " where p.subject = :subject and n.readAt is null",
                        Long.class)
                .setParameter("subject", subject)
                .getSingleResult();
    }

    /**
     * The ids of mails due now, locked for this sender: another instance running the same query skips
     * them (PostgreSQL {@code FOR UPDATE SKIP LOCKED}), so each mail is sent by one sender only.
     */
    @SuppressWarnings("unchecked")
    public List<Long> lockDueMails(OffsetDateTime now, int limit) {
        return getEntityManager()
                .createNativeQuery("select id from notification where mail_state = 'PENDING'"
                        + " and next_attempt_at <= ?1 order by next_attempt_at, id limit ?2 for update skip locked")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }
}
