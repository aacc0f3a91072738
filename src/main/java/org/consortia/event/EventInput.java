package org.consortia.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.consortia.common.CountryCode;

/**
 * The details of a meeting, training, national event or conference. It is held from {@code plannedDate} (or, once it
 * took place, {@code actualDate}) to {@code endDate} (none: that day). With a start time (and an optional end time)
 * each day is timed in {@code timeZone}, which defaults to the time zone of its country; without one it lasts the day.
 * Its hosts are partners' codes, its languages ISO 639-1 codes; {@code mode} defaults to in person.
 */
public record EventInput(
        LocalDate plannedDate,
        LocalDate actualDate,
        LocalDate endDate,
        LocalTime startTime,
        LocalTime endTime,
        @Size(max = 64) String timeZone,
        EventMode mode,
        @CountryCode String country,
        @Size(max = 255) String city,
        @Size(max = 255) String venue,
        @Size(max = 20) List<@NotBlank String> hosts,

        @Size(max = 10)
        List<@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 639-1 code (fr, en)") String>
                languages,

        @Size(max = 20) List<@NotBlank @Size(max = 255) String> targetGroups,
        LocalDate registrationDeadline,
        @Min(0) Integer expectedParticipants,
        @Min(0) Integer actualParticipants) {

    /** The details of {@code event}, hosted by the partners {@code hostCodes}; none without an event. */
    public static EventInput of(Event event, Collection<String> hostCodes) {
        return event == null
                ? null
                : new EventInput(
                        event.plannedDate,
                        event.actualDate,
                        event.endDate,
                        event.startTime,
                        event.endTime,
                        event.timeZone,
                        event.mode,
                        event.country,
                        event.city,
                        event.venue,
                        hostCodes.stream().sorted().toList(),
                        List.copyOf(event.languages),
                        List.copyOf(event.targetGroups),
                        event.registrationDeadline,
                        event.expectedParticipants,
                        event.actualParticipants);
    }

    /** Its first day: as held once it took place, else as planned. */
    public LocalDate firstDay() {
        return Event.firstDay(plannedDate, actualDate);
    }

    /** Its hosts' codes, none when left out. */
    public List<String> hostCodes() {
        return hosts == null ? List.of() : hosts;
    }
}
