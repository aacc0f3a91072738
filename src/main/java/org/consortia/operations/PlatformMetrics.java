package org.consortia.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.consortia.deliverable.DeliverableStatus;

/**
 * The business gauges an operator watches, read from the database every
 * {@code consortia.metrics.refresh-every} (not on each scrape, so scraping costs no query): the mails
 * waiting in the outbox and, per project, the deliverables overdue. HTTP timings, the connection pool,
 * the mails sent and failed and the uploads are metered where they happen.
 */
@ApplicationScoped
public class PlatformMetrics {

    private final EntityManager entityManager;
    private final Clock clock;
    private final AtomicLong pendingMails = new AtomicLong();
    private final MultiGauge overdue;

    PlatformMetrics(EntityManager entityManager, MeterRegistry registry, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
        Gauge.builder("consortia.mails.pending", pendingMails, AtomicLong::get)
                .description("Mails waiting in the outbox to be sent")
                .register(registry);
        overdue = MultiGauge.builder("consortia.deliverables.overdue")
                .description("Deliverables past their due date and not yet delivered, per project")
                .register(registry);
    }

    @Scheduled(every = "${consortia.metrics.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Reads the gauges' values: two queries whatever the number of projects. */
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            pendingMails.set(entityManager
                    .createQuery(
                            "select count(n) from Notification n"
                                    + " where n.mailState = org.consortia.notification.MailState.PENDING",
                            Long.class)
                    .getSingleResult());
            List<Object[]> perProject = entityManager
                    .createQuery(
                            "select d.project.acronym, count(d) from Deliverable d"
                                    + " where d.dueDate < :today and d.status not in :delivered group by d.project.acronym",
                            Object[].class)
                    .setParameter("today", LocalDate.now(clock))
                    .setParameter("delivered", DeliverableStatus.DELIVERED)
                    .getResultList();
            overdue.register(
                    perProject.stream()
                            .map(row -> MultiGauge.Row.of(Tags.of("project", (String) row[0]), (Long) row[1]))
                            .toList(),
                    true);
        });
    }
}
