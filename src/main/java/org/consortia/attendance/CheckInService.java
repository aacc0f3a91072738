package org.consortia.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.event.Event;
import org.consortia.event.EventService;
import org.consortia.project.Project;

/**
 * The attendance of an event's days as its organisers take it: who is present on a day (checked in), the walk-ins
 * added on the spot, and the closing of the attendance once the event is over (no more check-in, walk-ins or
 * registrations, until reopened).
 */
@ApplicationScoped
public class CheckInService {

    private final AttendanceService attendance;
    private final SurveyService surveys;
    private final EventService events;
    private final ParticipantRepository participants;
    private final ActivityLog activity;
    private final Clock clock;

    CheckInService(
            AttendanceService attendance,
            SurveyService surveys,
            EventService events,
            ParticipantRepository participants,
            ActivityLog activity,
            Clock clock) {
        this.attendance = attendance;
        this.surveys = surveys;
        this.events = events;
        this.participants = participants;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * Marks participant {@code id} present on {@code day}, or not; the trail records it by id when it changes
     * anything.
     */
    @Transactional
    public ParticipantView mark(Project project, EventAtHand event, long id, LocalDate day, boolean present) {
        Event held = requireOpen(event, locked(event));
        requireDayOf(held, day);
        Participant participant = participants
                .findLocked(held, id)
                .orElseThrow(() -> new NotFoundProblem("Participant", id + " of " + event.code()));
        TreeSet<LocalDate> days = new TreeSet<>(participant.daysAttended);
        boolean changed = present ? days.add(day) : days.remove(day);
        if (changed) {
            participant.daysAttended = new ArrayList<>(days);
            participants.flush();
            activity.record(
                    project,
                    Subject.participant(event.code(), id),
                    present ? "CHECKED_IN" : "CHECKED_OUT",
                    null,
                    Map.of("day", day.toString(), "version", participant.version));
        }
        return ParticipantView.of(participant);
    }

    /** Puts someone who came without being on the list on it, present on {@code day}, in person. */
    @Transactional
    public ParticipantView walkIn(Project project, EventAtHand event, LocalDate day, ParticipantInput input) {
        requireDayOf(requireOpen(event, locked(event)), day);
        return attendance.add(project, event, input.walkingIn(day), ParticipantSource.WALK_IN);
    }

    /**
     * Closes the event's attendance and invites those who attended to its evaluation survey (once each, whatever the
     * number of closings); 409 when it is closed already.
     */
    @Transactional
    public AttendanceState close(Project project, EventAtHand event, String username) {
        Event held = requireOpen(event, locked(event));
        held.closedAt = OffsetDateTime.now(clock);
        held.closedBy = username;
        activity.record(
                project,
                Subject.attendance(event.code()),
                "CLOSED",
                null,
                Map.of("closedAt", held.closedAt.toString(), "closedBy", held.closedBy));
        surveys.invite(project, event.code(), event.owner().title(), held);
        return AttendanceState.of(held);
    }

    /** Opens a closed attendance again (a correction); 409 when it is open. */
    @Transactional
    public AttendanceState reopen(Project project, EventAtHand event) {
        AttendanceService.requireDescribed(event);
        Event held = locked(event);
        if (held.closedAt == null) {
            throw new ConflictProblem("closed", "the attendance of " + event.code() + " is open already");
        }
        activity.record(
                project,
                Subject.attendance(event.code()),
                "REOPENED",
                Map.of("closedAt", held.closedAt.toString(), "closedBy", held.closedBy),
                null);
        held.closedAt = null;
        held.closedBy = null;
        return AttendanceState.of(held);
    }

    /** The event's row in this transaction, locked until it ends. */
    private Event locked(EventAtHand event) {
        return events.locked(AttendanceService.requireDescribed(event));
    }

    /** {@code held} (the event's details, locked), while its attendance is open; 409 once closed. */
    static Event requireOpen(EventAtHand event, Event held) {
        if (held.closedAt != null) {
            throw new ConflictProblem(
                    "closed",
                    "the attendance of " + event.code() + " was closed on " + held.closedAt.toLocalDate()
                            + ": reopen it to check people in");
        }
        return held;
    }

    /** 404 unless {@code day} is a day of the event: a check-in page or a sheet exists for its days only. */
    static void requireDayOf(Event event, LocalDate day) {
        List<LocalDate> days = event.days();
        if (!days.contains(day)) {
            throw new NotFoundProblem("Day", day + " of the event");
        }
    }
}
