package org.consortia.deliverable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.consortia.partner.Participation;

/** Where and when an event deliverable (meeting, training, national event, conference) takes place. */
@Embeddable
public class EventDetails {

    @Column(name = "event_planned_date")
    public LocalDate plannedDate;

    @Column(name = "event_actual_date")
    public LocalDate actualDate;

    /** When it starts, in {@link #timeZone}; none for an all-day event. */
    @Column(name = "event_start_time")
    public LocalTime startTime;

    @Column(name = "event_end_time")
    public LocalTime endTime;

    /** An IANA time zone (Europe/Lisbon), set with the start time. */
    @Column(name = "event_time_zone")
    public String timeZone;

    @Column(name = "event_country")
    public String country;

    @Column(name = "event_city")
    public String city;

    @Column(name = "event_venue")
    public String venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_host_id")
    public Participation host;

    @Column(name = "event_expected_participants")
    public Integer expectedParticipants;

    @Column(name = "event_actual_participants")
    public Integer actualParticipants;

    /** No detail set: what Hibernate loads for a deliverable without an event. */
    public boolean isEmpty() {
        return equals(new EventDetails());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventDetails that
                && Objects.equals(plannedDate, that.plannedDate)
                && Objects.equals(actualDate, that.actualDate)
                && Objects.equals(startTime, that.startTime)
                && Objects.equals(endTime, that.endTime)
                && Objects.equals(timeZone, that.timeZone)
                && Objects.equals(country, that.country)
                && Objects.equals(city, that.city)
                && Objects.equals(venue, that.venue)
                && Objects.equals(hostId(), that.hostId())
                && Objects.equals(expectedParticipants, that.expectedParticipants)
                && Objects.equals(actualParticipants, that.actualParticipants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plannedDate, actualDate, startTime, country, city, venue, hostId());
    }

    /** When it starts, if it has a date and a start time. */
    public Optional<ZonedDateTime> startsAt() {
        return startsAt(actualDate != null ? actualDate : plannedDate, startTime, timeZone);
    }

    /** When it ends, if it has an end time too. */
    public Optional<ZonedDateTime> endsAt() {
        return endsAt(startsAt(), endTime);
    }

    /** When an event held on {@code date} starts: empty without a date, a start time or a time zone. */
    public static Optional<ZonedDateTime> startsAt(LocalDate date, LocalTime startTime, String timeZone) {
        return date == null || startTime == null || timeZone == null
                ? Optional.empty()
                : Optional.of(date.atTime(startTime).atZone(ZoneId.of(timeZone)));
    }

    /** When an event that starts at {@code start} ends: empty without an end time. */
    public static Optional<ZonedDateTime> endsAt(Optional<ZonedDateTime> start, LocalTime endTime) {
        return endTime == null ? Optional.empty() : start.map(begins -> begins.with(endTime));
    }

    private Long hostId() {
        return host == null ? null : host.id;
    }
}
