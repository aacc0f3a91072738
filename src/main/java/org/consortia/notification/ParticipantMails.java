package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.attendance.PersonalDataHolder;

/**
 * The outbox's mails to people on events' lists, by their address: in the export of their data, and deleted when it
 * is erased (a mail not sent yet is then never sent).
 */
@ApplicationScoped
class ParticipantMails implements PersonalDataHolder {

    private static final List<NotificationKind> KINDS = List.of(NotificationKind.values()).stream()
            .filter(NotificationKind::toParticipant)
            .toList();

    private final NotificationRepository notifications;

    ParticipantMails(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<Map<String, Object>> about(String project, String code, String email) {
        return notifications
                .list(
                        "projectAcronym = ?1 and subjectCode = ?2 and lower(recipientEmail) = lower(?3) and kind in ?4"
                                + " order by createdAt, id",
                        project,
                        code,
                        email,
                        KINDS)
                .stream()
                .map(ParticipantMails::describe)
                .toList();
    }

    @Override
    public void erase(String project, String code, String email) {
        if (email == null) {
            notifications.delete("projectAcronym = ?1 and kind in ?2", project, KINDS);
        } else {
            notifications.delete(
                    "projectAcronym = ?1 and subjectCode = ?2 and lower(recipientEmail) = lower(?3) and kind in ?4",
                    project,
                    code,
                    email,
                    KINDS);
        }
    }

    private static Map<String, Object> describe(Notification mail) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("kind", mail.kind.name());
        described.put("to", mail.recipientEmail);
        described.put("writtenAt", mail.createdAt.toString());
        described.put("state", mail.mailState.name());
        described.put("sentAt", mail.sentAt == null ? null : mail.sentAt.toString());
        return described;
    }
}
