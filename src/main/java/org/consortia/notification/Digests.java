package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.deadline.Deadline;
import org.consortia.deadline.DeadlineService;
import org.consortia.project.Project;

/** What a coordinator's weekly digest says: what is overdue, what falls due in 30 days, how much changed in 7. */
@ApplicationScoped
public class Digests {

    static final int AHEAD_DAYS = 30;

    private final EntityManager entityManager;
    private final DeadlineService deadlines;
    private final Clock clock;

    Digests(EntityManager entityManager, DeadlineService deadlines, Clock clock) {
        this.entityManager = entityManager;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Digest of(String acronym) {
        Project project = entityManager
                .createQuery("from Project p where p.acronym = :acronym", Project.class)
                .setParameter("acronym", acronym)
                .getSingleResult();
        LocalDate today = LocalDate.now(clock);
        List<Deadline> open = deadlines.of(project, false, null, today.plusDays(AHEAD_DAYS)).stream()
                .filter(d -> !d.done())
                .toList();
        long changes = entityManager
                .createQuery(
                        "select count(a) from ActivityEntry a where a.project = :project"
                                + " and a.occurredAt >= :since",
                        Long.class)
                .setParameter("project", project)
                .setParameter("since", OffsetDateTime.now(clock).minusDays(7))
                .getSingleResult();
        return new Digest(
                open.stream().filter(Deadline::overdue).toList(),
                open.stream()
                        .filter(d -> !d.overdue() && !d.dueDate().isBefore(today))
                        .toList(),
                changes);
    }
}
