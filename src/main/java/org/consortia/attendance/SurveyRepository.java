package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.event.Event;
import org.consortia.project.Project;

/**
 * Evaluation surveys: the invitations (by token), the participants still to invite, and the answers counted per event,
 * question and score in three statements, whatever the number of events and answers.
 */
@ApplicationScoped
public class SurveyRepository implements PanacheRepository<SurveyAnswer> {

    /** The unused link whose token hashes to {@code tokenHash}, locked until the transaction ends. */
    public Optional<SurveyToken> findTokenLocked(String tokenHash) {
        return getEntityManager()
                .createQuery("from SurveyToken t where t.tokenHash = :hash", SurveyToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<SurveyToken> findToken(String tokenHash) {
        return getEntityManager()
                .createQuery("from SurveyToken t where t.tokenHash = :hash", SurveyToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /** Removes the event's survey links not used yet. */
    public void deleteUnusedLinks(Event event) {
        getEntityManager()
                .createQuery("delete from SurveyToken t where t.event = :event")
                .setParameter("event", event)
                .executeUpdate();
    }

    public void delete(SurveyToken token) {
        getEntityManager().remove(token);
    }

    /** Those on the event's list who attended, have an address, and were not invited yet. */
    public List<Participant> toInvite(Event event) {
        @SuppressWarnings("unchecked")
        List<Participant> attendees = getEntityManager()
                .createNativeQuery(
                        "select p.* from participant p where p.event_id = :event and p.email is not null"
                                + " and cardinality(p.days_attended) > 0"
                                + " and not exists (select 1 from survey_invitation i where i.participant_id = p.id)"
                                + " order by p.id",
                        Participant.class)
                .setParameter("event", event.id)
                .getResultList();
        return attendees;
    }

    /** The events of the project's deliverables and meetings {@code codes}, with their owners, by code. */
    public List<OwnedEvent> withEvents(Project project, Collection<String> codes) {
        return getEntityManager()
                .createQuery(
                        "select d from OwnedEvent d join fetch d.event where d.project = :project"
                                + " and d.code in :codes order by d.code",
                        OwnedEvent.class)
                .setParameter("project", project)
                .setParameter("codes", codes)
                .getResultList();
    }

    /** The event with its owner and project. */
    public OwnedEvent ownerOf(Event event) {
        return getEntityManager()
                .createQuery(
                        "select d from OwnedEvent d join fetch d.project where d.eventId = :event", OwnedEvent.class)
                .setParameter("event", event.id)
                .getSingleResult();
    }

    public void persist(SurveyInvitation invitation) {
        getEntityManager().persist(invitation);
    }

    public void persist(SurveyToken token) {
        getEntityManager().persist(token);
    }

    public long countAnswers(Event event) {
        return count("event", event);
    }

    /** The comments of the event's answers, newest first. */
    public Page<String> comments(Event event, PageRequest request) {
        long total = count("event = ?1 and comment is not null", event);
        List<String> items = total == 0
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                "select a.comment from SurveyAnswer a where a.event = :event and a.comment is not null"
                                        + " order by a.answeredOn desc, a.id desc",
                                String.class)
                        .setParameter("event", event)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size)
                        .getResultList();
        return request.page(items, total);
    }

    /** How many were invited to each event's survey, by event id. */
    public Map<Long, Long> invited(Collection<Long> events) {
        return counts(
                "select event_id, count(*) from survey_invitation where event_id = any(:events) group by event_id",
                events);
    }

    /** How many answered each event's survey, by event id. */
    public Map<Long, Long> answers(Collection<Long> events) {
        return counts(
                "select event_id, count(*) from survey_answer where event_id = any(:events) group by event_id", events);
    }

    /** How many gave each score to each question: [event id, question (1…), score, count] rows. */
    public List<Object[]> scores(Collection<Long> events) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select a.event_id, s.question, s.score, count(*) from survey_answer a"
                                + " cross join lateral unnest(a.scores) with ordinality as s(score, question)"
                                + " where a.event_id = any(:events) and s.score is not null"
                                + " group by a.event_id, s.question, s.score",
                        Object[].class)
                .setParameter("events", events.toArray(Long[]::new))
                .getResultList();
        return rows;
    }

    private Map<Long, Long> counts(String sql, Collection<Long> events) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(sql, Object[].class)
                .setParameter("events", events.toArray(Long[]::new))
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
