package org.consortia.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.event.Event;

/**
 * What the deadlines need of a deliverable and its event, read as columns: a project's or a person's
 * deadlines cover thousands of deliverables, and entities would cost far more to build than the rows.
 */
public record DeliverableDates(
        Long projectId,
        String project,
        DeliverableKind kind,
        String code,
        String title,
        LocalDate dueDate,
        String lead,
        DeliverableStatus status,
        OffsetDateTime submittedAt,
        LocalDate plannedDate,
        LocalDate actualDate,
        LocalDate endDate,
        LocalTime startTime,
        LocalTime endTime,
        String timeZone,
        String country,
        String city,
        String venue,
        String host) {

    boolean isOverdue(LocalDate today) {
        return Deliverable.isOverdue(dueDate, status, today);
    }

    boolean hasEventDate() {
        return kind.isEvent() && (actualDate != null || plannedDate != null);
    }

    LocalDate eventDate() {
        return Event.firstDay(plannedDate, actualDate);
    }

    /** When the event starts, if it has a date and a start time (as {@link Event#startsAt()}). */
    Optional<ZonedDateTime> startsAt() {
        return Event.startsAt(eventDate(), startTime, timeZone);
    }

    /** When its last day ends, if it has an end time (as {@link Event#endsAt()}). */
    Optional<ZonedDateTime> endsAt() {
        return Event.endsAt(startsAt(), endDate, endTime);
    }
}
