package org.consortia.activity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.security.CurrentUser;

/**
 * The one writer of the audit trail. Services call it inside the transaction of the change they make,
 * so a change and its record commit or fail together. Changes made outside a request (the demo
 * import at start-up) are recorded as made by {@code system}.
 */
@ApplicationScoped
public class ActivityLog {

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {};

    private final ActivityRepository entries;
    private final ObjectMapper json;
    private final Clock clock;
    private final Instance<CurrentUser> user;

    ActivityLog(ActivityRepository entries, ObjectMapper json, Clock clock, Instance<CurrentUser> user) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
        this.user = user;
    }

    /** Records that {@code subject} of {@code project} was {@code verb} (CREATED, CHANGED, REMOVED…). */
    public void record(Project project, Subject subject, String verb, Object before, Object after) {
        ActivityEntry entry = new ActivityEntry();
        entry.project = project;
        entry.occurredAt = OffsetDateTime.now(clock);
        entry.action = subject.type() + "_" + verb;
        entry.subjectType = subject.type();
        entry.subjectKey = subject.key();
        entry.deliverableCode = subject.deliverable();
        entry.visibleToFunder = subject.visibleToFunder();
        entry.before = values(before);
        entry.after = values(after);
        if (Arc.container().requestContext().isActive() && !user.get().isAnonymous()) {
            CurrentUser actor = user.get();
            entry.actorUsername = actor.username();
            entry.actorName = actor.name();
            entry.actorOrganisation = String.join(",", actor.organisations());
        } else {
            entry.actorUsername = "system";
        }
        entries.persist(entry);
    }

    /** Records a change from {@code before} to {@code after}, unless nothing changed. */
    public void recordChange(Project project, Subject subject, Object before, Object after) {
        if (!before.equals(after)) {
            record(project, subject, "CHANGED", before, after);
        }
    }

    public Page<ActivityView> page(Project project, ActivityFilter filter, boolean funderView, PageRequest request) {
        return entries.page(project, filter, funderView, request).map(ActivityView::of);
    }

    /** The latest {@code limit} entries matching the filter, newest first, without counting them all. */
    public List<ActivityView> latest(Project project, ActivityFilter filter, boolean funderView, int limit) {
        return entries.latest(project, filter, funderView, limit).stream()
                .map(ActivityView::of)
                .toList();
    }

    /** The workflow steps of the project's deliverables in [{@code from}, {@code to}), oldest first; one query. */
    public List<Step> stepsBetween(Project project, OffsetDateTime from, OffsetDateTime to) {
        return entries
                .find(
                        "project = ?1 and action = 'DELIVERABLE_MOVED' and occurredAt >= ?2 and occurredAt < ?3"
                                + " order by occurredAt, id",
                        project,
                        from,
                        to)
                .list()
                .stream()
                .map(e -> new Step(
                        e.occurredAt,
                        e.deliverableCode,
                        status(e.before),
                        status(e.after),
                        e.actorName != null ? e.actorName : e.actorUsername))
                .toList();
    }

    /** A deliverable's move from one status to another, as a period's report lists it. */
    public record Step(OffsetDateTime at, String deliverable, String from, String to, String by) {}

    private static String status(Map<String, Object> values) {
        return values == null || values.get("status") == null
                ? null
                : values.get("status").toString();
    }

    private Map<String, Object> values(Object view) {
        return view == null ? null : json.convertValue(view, VALUES);
    }
}
