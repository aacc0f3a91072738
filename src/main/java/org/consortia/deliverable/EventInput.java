package org.consortia.deliverable;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.consortia.common.CountryCode;

/**
 * The event details of a meeting, training, national event or conference. With a start time (and an
 * optional end time) it is a timed event in {@code timeZone}, which defaults to the time zone of its
 * country; without one it lasts the day.
 */
public record EventInput(
        LocalDate plannedDate,
        LocalDate actualDate,
        @CountryCode String country,
        @Size(max = 255) String city,
        @Size(max = 255) String venue,
        String host,
        @Min(0) Integer expectedParticipants,
        @Min(0) Integer actualParticipants,
        LocalTime startTime,
        LocalTime endTime,
        @Size(max = 64) String timeZone) {

    static EventInput of(EventDetails e) {
        return e == null || e.isEmpty()
                ? null
                : new EventInput(
                        e.plannedDate,
                        e.actualDate,
                        e.country,
                        e.city,
                        e.venue,
                        e.host == null ? null : e.host.code(),
                        e.expectedParticipants,
                        e.actualParticipants,
                        e.startTime,
                        e.endTime,
                        e.timeZone);
    }
}
