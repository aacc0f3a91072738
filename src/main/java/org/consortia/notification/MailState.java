package org.consortia.notification;

/** Where a notice's mail stands in the outbox. */
public enum MailState {
    /** To be sent (again, after a failure, at its next attempt). */
    PENDING,
    SENT,
    /** Not sent: no address, or the person turned this kind of mail off. */
    SKIPPED
}
