package org.consortia.deliverable.page;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import org.consortia.activity.ActivityView;
import org.consortia.deliverable.DeliverableStatus;

/** One line of a deliverable's history: when, who, what happened, and to which status or version. */
public record HistoryLine(
        OffsetDateTime at,
        String who,
        String organisation,
        String action,
        DeliverableStatus toStatus,
        Integer version) {

    static HistoryLine of(ActivityView entry) {
        Map<String, Object> after = entry.after() == null ? Map.of() : entry.after();
        Map<String, Object> before = entry.before() == null ? Map.of() : entry.before();
        String action =
                entry.action().replaceFirst("^DELIVERABLE_", ""); // the log names its subject: DELIVERABLE_MOVED
        Object status = "MOVED".equals(action) ? after.get("status") : null;
        Object version = after.containsKey("version") ? after.get("version") : before.get("version");
        return new HistoryLine(
                entry.occurredAt(),
                entry.actorName() != null ? entry.actorName() : entry.actor(),
                entry.actorOrganisation(),
                action,
                status(status),
                version instanceof Number n ? n.intValue() : null);
    }

    private static DeliverableStatus status(Object value) {
        return value == null
                ? null
                : Arrays.stream(DeliverableStatus.values())
                        .filter(s -> s.name().equals(value.toString()))
                        .findFirst()
                        .orElse(null);
    }
}
