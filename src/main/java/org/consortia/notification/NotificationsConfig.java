package org.consortia.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code consortia.notifications.*}: where mails link to, and how the outbox is worked through. */
@ConfigMapping(prefix = "consortia.notifications")
public interface NotificationsConfig {

    /** The platform's public address, for the links in mails (they are written without a request). */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** How often the sender looks for mails to send (read by its {@code @Scheduled}; {@code off} stops it). */
    @WithDefault("10s")
    String sendEvery();

    /** How often reminders and overdue notices are written (read by ReminderJob's {@code @Scheduled}). */
    @WithDefault("1h")
    String remindEvery();

    /** How many mails one run of the sender takes. */
    @WithDefault("50")
    int batchSize();

    /** The wait before the first retry of a mail that failed; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("PT1M")
    Duration firstBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();
}
