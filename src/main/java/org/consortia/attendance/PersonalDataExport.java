package org.consortia.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * All the platform holds about a participant of an event, as sent to them on request (GDPR, right of access): their
 * record and consents, the event, their survey invitation, registrations still waiting, and the mails to them.
 */
public record PersonalDataExport(
        OffsetDateTime exportedAt,
        String project,
        String event,
        String eventTitle,
        List<LocalDate> eventDays,
        ParticipantView participant,
        Survey survey,
        List<Map<String, Object>> pendingRegistrations,
        List<Map<String, Object>> mails) {

    /** Their invitation to the evaluation survey: when (whether they answered is kept nowhere). */
    public record Survey(OffsetDateTime invitedAt) {}
}
