package org.consortia.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Works through the outbox after the changes that wrote it have committed: each due mail is locked for
 * this instance (no other instance sends it), rendered in its recipient's language, sent, and marked;
 * a failure (the mail server down) leaves it pending with a later attempt, doubling the wait each time.
 * Nothing is lost across restarts: the outbox is the database. Created at start-up, so its counters of
 * mails sent and failed are in the metrics from the first scrape.
 */
@ApplicationScoped
@Startup
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance noticeHtml(Notification notice, String link);

        static native TemplateInstance noticeText(Notification notice, String link);

        static native TemplateInstance digestHtml(Notification notice, Digest digest, String link);

        static native TemplateInstance digestText(Notification notice, Digest digest, String link);
    }

    private final NotificationRepository notifications;
    private final Digests digests;
    private final Mailer mailer;
    private final NotificationsConfig config;
    private final Locale defaultLocale;
    private final Clock clock;
    private final Counter sentMails;
    private final Counter failedMails;

    MailSender(
            NotificationRepository notifications,
            Digests digests,
            Mailer mailer,
            NotificationsConfig config,
            @ConfigProperty(name = "quarkus.default-locale") Locale defaultLocale,
            Clock clock,
            MeterRegistry registry) {
        this.notifications = notifications;
        this.digests = digests;
        this.mailer = mailer;
        this.config = config;
        this.defaultLocale = defaultLocale;
        this.clock = clock;
        this.sentMails = Counter.builder("consortia.mails.sent")
                .description("Mails handed to the mail server")
                .register(registry);
        this.failedMails = Counter.builder("consortia.mails.failed")
                .description("Attempts to send a mail that failed (each is retried later)")
                .register(registry);
    }

    /** Sends what is due now: every few seconds (the scheduler), or when a test says so. */
    @Scheduled(
            every = "${consortia.notifications.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sendDue() {
        sendDueAt(OffsetDateTime.now(clock));
    }

    /** Sends what is due at {@code now}, batch after batch. */
    void sendDueAt(OffsetDateTime now) {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(() -> sendBatch(now));
        } while (sent == config.batchSize());
    }

    /** Sends one batch in one transaction, which holds the rows' locks until every mail is marked. */
    private int sendBatch(OffsetDateTime now) {
        List<Long> due = notifications.lockDueMails(now, config.batchSize());
        for (Long id : due) {
            Notification notice = notifications.findById(id);
            if (notice.person != null && !notice.person.isActive()) {
                // Written before the people sync found their account disabled or gone: no longer theirs to read.
                notice.mailState = MailState.SKIPPED;
                notice.nextAttemptAt = null;
                continue;
            }
            try {
                mailer.send(mail(notice));
                if (notice.kind.toParticipant()) {
                    // A one-time link: the mail is its only copy from now on.
                    notice.link = null;
                }
                notice.mailState = MailState.SENT;
                notice.sentAt = now;
                notice.nextAttemptAt = null;
                notice.lastError = null;
                sentMails.increment();
            } catch (RuntimeException failure) {
                failedMails.increment();
                notice.mailAttempts++;
                notice.nextAttemptAt = now.plus(backoff(notice.mailAttempts));
                notice.lastError = String.valueOf(failure.getMessage());
                LOG.warnf(
                        "Mail %d not sent (attempt %d), retried at %s: %s",
                        id, notice.mailAttempts, notice.nextAttemptAt, failure.getMessage());
            }
        }
        return due.size();
    }

    private Mail mail(Notification notice) {
        String language = notice.person != null ? notice.person.language : notice.language;
        Locale locale = language != null ? Locale.forLanguageTag(language) : defaultLocale;
        String link = config.baseUrl().replaceAll("/+$", "") + notice.path();
        String subject = MessageBundles.get(NotificationMessages.class, Localized.Literal.of(locale.toLanguageTag()))
                .mail_subject(notice.kind, notice.projectAcronym, notice.subjectCode == null ? "" : notice.subjectCode);
        if (notice.kind == NotificationKind.DIGEST) {
            Digest digest = digests.of(notice.projectAcronym);
            return Mail.withHtml(
                            notice.address(),
                            subject,
                            Templates.digestHtml(notice, digest, link)
                                    .setLocale(locale)
                                    .render())
                    .setText(Templates.digestText(notice, digest, link)
                            .setLocale(locale)
                            .render());
        }
        return Mail.withHtml(
                        notice.address(),
                        subject,
                        Templates.noticeHtml(notice, link).setLocale(locale).render())
                .setText(Templates.noticeText(notice, link).setLocale(locale).render());
    }

    private Duration backoff(int attempts) {
        Duration wait = config.firstBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }
}
