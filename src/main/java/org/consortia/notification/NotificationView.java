package org.consortia.notification;

import java.time.OffsetDateTime;

/** A notice as the API shows it to its recipient. */
public record NotificationView(
        long id,
        NotificationKind kind,
        String project,
        String code,
        String title,
        String detail,
        String path,
        OffsetDateTime createdAt,
        boolean read,
        MailState mail) {

    static NotificationView of(Notification n) {
        return new NotificationView(
                n.id,
                n.kind,
                n.projectAcronym,
                n.subjectCode,
                n.subjectTitle,
                n.detail,
                n.path(),
                n.createdAt,
                n.readAt != null,
                n.mailState);
    }
}
