package org.consortia.event;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A meeting, training, national event or conference: when (one day or several), where, how people take part, who
 * hosts it, and for whom. A deliverable that is an event points to its own.
 */
@Entity
public class Event extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    /** Its first day as planned. */
    public LocalDate plannedDate;

    /** Its first day as held; set once it took place. */
    public LocalDate actualDate;

    /** Its last day, for an event over several days; none for a one-day event. */
    public LocalDate endDate;

    /** When each day starts, in {@link #timeZone}; none for an all-day event. */
    public LocalTime startTime;

    public LocalTime endTime;

    /** An IANA time zone (Europe/Lisbon), set with the start time. */
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventMode mode = EventMode.IN_PERSON;

    public String country;

    public String city;

    public String venue;

    @ManyToMany
    @JoinTable(
            name = "event_host",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "participation_id"))
    public Set<Participation> hosts = new HashSet<>();

    /** Its working languages, as ISO 639-1 codes (fr, en). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    /** Whom it is for, in the consortium's words (social-service employers, trade-union officers…). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> targetGroups = new ArrayList<>();

    /** The last day people may register. */
    public LocalDate registrationDeadline;

    public Integer expectedParticipants;

    public Integer actualParticipants;

    /**
     * When its organisers closed its attendance (no more check-in, walk-ins or registrations), and who: null while it
     * is open.
     */
    public OffsetDateTime closedAt;

    public String closedBy;

    /** Whether its organisers take registrations on its public form, at {@code /register/{registrationKey}}. */
    public boolean registrationOpen;

    /** The random key of its public registration form's address; null until registration was first opened. */
    public String registrationKey;

    /** The questions of its evaluation survey, scored 1 to 5; null for the standard ones. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> surveyQuestions;

    /** Its first day: as held once it took place, else as planned; null while it has no date. */
    public LocalDate firstDay() {
        return firstDay(plannedDate, actualDate);
    }

    public static LocalDate firstDay(LocalDate plannedDate, LocalDate actualDate) {
        return actualDate != null ? actualDate : plannedDate;
    }

    /** When it starts, if it has a date and a start time. */
    public Optional<ZonedDateTime> startsAt() {
        return startsAt(firstDay(), startTime, timeZone);
    }

    /** Its last day: its end date, else its first day. */
    public LocalDate lastDay() {
        return endDate != null ? endDate : firstDay();
    }

    /** Its days, first to last; none while it has no date. */
    public List<LocalDate> days() {
        LocalDate first = firstDay();
        return first == null
                ? List.of()
                : first.datesUntil(lastDay().plusDays(1)).toList();
    }

    /** When its last day ends, if it has an end time too. */
    public Optional<ZonedDateTime> endsAt() {
        return endsAt(startsAt(), endDate, endTime);
    }

    /** When an event held on {@code date} starts: empty without a date, a start time or a time zone. */
    public static Optional<ZonedDateTime> startsAt(LocalDate date, LocalTime startTime, String timeZone) {
        return date == null || startTime == null || timeZone == null
                ? Optional.empty()
                : Optional.of(date.atTime(startTime).atZone(ZoneId.of(timeZone)));
    }

    /**
     * When an event that starts at {@code start} ends, on {@code endDate} (null: the day it starts): empty without
     * an end time.
     */
    public static Optional<ZonedDateTime> endsAt(Optional<ZonedDateTime> start, LocalDate endDate, LocalTime endTime) {
        return endTime == null
                ? Optional.empty()
                : start.map(begins -> (endDate == null ? begins : begins.with(endDate)).with(endTime));
    }
}
