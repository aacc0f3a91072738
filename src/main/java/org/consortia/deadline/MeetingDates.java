package org.consortia.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.consortia.event.Event;

/**
 * What the deadlines need of a meeting that is not a deliverable and its event, read as columns as
 * {@link DeliverableDates}: {@code host} the first of its hosts by code, {@code lead} its work package's lead.
 */
public record MeetingDates(
        String project,
        String code,
        String title,
        LocalDate plannedDate,
        LocalDate actualDate,
        LocalDate endDate,
        LocalTime startTime,
        LocalTime endTime,
        String timeZone,
        String country,
        String city,
        String venue,
        String host,
        String lead) {

    LocalDate date() {
        return Event.firstDay(plannedDate, actualDate);
    }

    /** When it starts, if it has a start time (as {@link Event#startsAt()}). */
    Optional<ZonedDateTime> startsAt() {
        return Event.startsAt(date(), startTime, timeZone);
    }

    /** When its last day ends, if it has an end time (as {@link Event#endsAt()}). */
    Optional<ZonedDateTime> endsAt() {
        return Event.endsAt(startsAt(), endDate, endTime);
    }
}
