package org.consortia.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.FunderStatus;

/**
 * The funder's view of a project: what was submitted, when, how late and why; the events held (of every deliverable,
 * submitted or not: an event is a fact of the plan); the comments shared with the funder.
 */
public record ReviewView(
        List<Submission> submissions,
        List<Outstanding> overdue,
        List<EventRow> eventsHeld,
        List<ReviewComment> comments,
        long late,
        long accepted) {

    /** A deliverable as it reached the funder. */
    public record Submission(
            String code,
            String title,
            DeliverableKind kind,
            String lead,
            LocalDate dueDate,
            FunderStatus status,
            OffsetDateTime submittedAt,
            Integer submittedVersion,
            boolean late,
            String delayJustification,
            OffsetDateTime acceptedAt) {}

    /** A deliverable past its due date that the funder has not received. */
    public record Outstanding(String code, String title, DeliverableKind kind, String lead, LocalDate dueDate) {}

    /** A comment shared with the funder. */
    public record ReviewComment(
            String deliverable, String author, String organisation, String text, OffsetDateTime createdAt) {}
}
