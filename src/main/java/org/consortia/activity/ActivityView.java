package org.consortia.activity;

import java.time.OffsetDateTime;
import java.util.Map;

/** An entry of the audit trail as the API shows it. */
public record ActivityView(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String actorName,
        String actorOrganisation,
        String action,
        String subjectType,
        String subject,
        String deliverable,
        Map<String, Object> before,
        Map<String, Object> after) {

    static ActivityView of(ActivityEntry e) {
        return new ActivityView(
                e.id,
                e.occurredAt,
                e.actorUsername,
                e.actorName,
                e.actorOrganisation,
                e.action,
                e.subjectType,
                e.subjectKey,
                e.deliverableCode,
                e.before,
                e.after);
    }
}
