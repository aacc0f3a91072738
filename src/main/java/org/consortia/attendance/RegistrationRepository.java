package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consortia.event.Event;
import org.consortia.project.Project;

/** Registrations waiting for their confirmation: by token, counted for the rate limits, purged once expired. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepository<Registration> {

    /** The event whose public form has this key, with its owner and project. */
    public Optional<OwnedEvent> findEvent(String key) {
        return getEntityManager()
                .createQuery(
                        "select d from OwnedEvent d join fetch d.project join fetch d.event e"
                                + " where e.registrationKey = :key",
                        OwnedEvent.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The registration whose mailed token hashes to {@code tokenHash}, if it has not expired at {@code now}. */
    public Optional<Registration> findPending(String tokenHash, OffsetDateTime now) {
        return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now).firstResultOptional();
    }

    /** How many registrations of the event were asked since {@code since}. */
    public long countSince(Event event, OffsetDateTime since) {
        return count("event = ?1 and requestedAt > ?2", event, since);
    }

    /** How many registrations of the event with this address (in any case) were asked since {@code since}. */
    public long countSince(Event event, String email, OffsetDateTime since) {
        return count("event = ?1 and lower(email) = lower(?2) and requestedAt > ?3", event, email, since);
    }

    /** How many registrations, of any event, came from the client whose address hashes to {@code clientHash}. */
    public long countFromClient(String clientHash, OffsetDateTime since) {
        return count("clientHash = ?1 and requestedAt > ?2", clientHash, since);
    }

    public long countPending(Event event, OffsetDateTime now) {
        return count("event = ?1 and expiresAt > ?2", event, now);
    }

    /** The registrations of the event from {@code email} still waiting for their confirmation, as plain values. */
    public List<Map<String, Object>> pendingOf(Event event, String email, OffsetDateTime now) {
        return list("event = ?1 and lower(email) = lower(?2) and expiresAt > ?3", event, email, now).stream()
                .map(r -> Map.<String, Object>of(
                        "name",
                        r.name,
                        "email",
                        r.email,
                        "requestedAt",
                        r.requestedAt.toString(),
                        "expiresAt",
                        r.expiresAt.toString()))
                .toList();
    }

    /** Removes the event's registrations from {@code email}, confirmed or not. */
    public long deletePending(Event event, String email) {
        return delete("event = ?1 and lower(email) = lower(?2)", event, email);
    }

    /** Removes every registration of the project's events. */
    public long deletePending(Project project) {
        return delete("event.project = ?1", project);
    }

    /** The registrations that expired before {@code now}: [project acronym, event code, e-mail] rows. */
    public List<Object[]> expired(OffsetDateTime now) {
        return getEntityManager()
                .createQuery(
                        "select d.project.acronym, d.code, r.email from Registration r, OwnedEvent d"
                                + " where d.event = r.event and r.expiresAt <= :now",
                        Object[].class)
                .setParameter("now", now)
                .getResultList();
    }

    /** Removes the registrations that expired before {@code now}, with what their people typed; tells how many. */
    public long deleteExpired(OffsetDateTime now) {
        return delete("expiresAt <= ?1", now);
    }
}
