package org.consortia.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;

/**
 * What the deadlines need of a deliverable and its event, read as columns: a project's or a person's
 * deadlines cover thousands of deliverables, and entities would cost far more to build than the rows.
 */
public record DeliverableDates(Long projectId, String project, DeliverableKind kind, String code, String title,
        LocalDate dueDate, String lead, DeliverableStatus status, LocalDate plannedDate, LocalDate actualDate,
        LocalTime startTime, LocalTime endTime, String timeZone, String country, String city, String venue,
        String host) {

    boolean isOverdue(LocalDate today) {
        return dueDate.isBefore(today) && !DeliverableStatus.DELIVERED.contains(status);
    }

    boolean hasEventDate() {
        return kind.isEvent() && (actualDate != null || plannedDate != null);
    }

    LocalDate eventDate() {
        return actualDate != null ? actualDate : plannedDate;
    }

    /** As {@code EventDetails.startsAt()}: when it starts, if it has a date and a start time. */
    Optional<ZonedDateTime> startsAt() {
        LocalDate date = eventDate();
        return date == null || startTime == null || timeZone == null ? Optional.empty()
                : Optional.of(date.atTime(startTime).atZone(ZoneId.of(timeZone)));
    }

    Optional<ZonedDateTime> endsAt() {
        return endTime == null ? Optional.empty() : startsAt().map(start -> start.with(endTime));
    }
}
