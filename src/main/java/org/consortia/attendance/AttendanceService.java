package org.consortia.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.Texts;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableView;
import org.consortia.event.Event;
import org.consortia.event.EventMode;
import org.consortia.event.EventRemoving;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.MeetingView;
import org.consortia.project.Project;
import org.consortia.security.Standing;

/**
 * The participants of an event: who reads them (its organisers: the coordinator, the lead partner, the hosts), how
 * they are entered and checked, and the breakdown everyone who sees the event reads.
 */
@ApplicationScoped
public class AttendanceService {

    private final DeliverableService deliverables;
    private final MeetingService meetings;
    private final ParticipantRepository participants;
    private final EventEvidence evidence;
    private final ActivityLog activity;
    private final Clock clock;

    AttendanceService(
            DeliverableService deliverables,
            MeetingService meetings,
            ParticipantRepository participants,
            EventEvidence evidence,
            ActivityLog activity,
            Clock clock) {
        this.deliverables = deliverables;
        this.meetings = meetings;
        this.participants = participants;
        this.evidence = evidence;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * The event of deliverable or meeting {@code code}, as {@code standing} sees it; 404 when it is neither an event
     * deliverable nor a meeting, and for the funder's reviewers on a meeting (the consortium's own).
     */
    public EventAtHand event(Project project, Standing standing, String code) {
        Optional<Deliverable> deliverable = deliverables.lookUp(project, code).filter(d -> d.kind.isEvent());
        if (deliverable.isPresent()) {
            DeliverableView view = deliverables.view(deliverable.get());
            return new EventAtHand(
                    EventOwner.of(project, view),
                    deliverable.get().event,
                    standing.mayRecordEvent(view.lead(), view.eventHosts()),
                    standing.isReviewer());
        }
        Meeting meeting = (standing.isReviewer() ? Optional.<Meeting>empty() : meetings.lookUp(project, code))
                .orElseThrow(() -> new NotFoundProblem("Event", code + " in " + project.acronym));
        MeetingView view = meetings.view(meeting);
        return new EventAtHand(
                EventOwner.of(project, view), meeting.event, MeetingRules.mayDescribe(standing, view), false);
    }

    /** The event, if {@code standing} organises it (reads and changes its participants); 403 for anyone else. */
    public EventAtHand organised(Project project, Standing standing, String code) {
        EventAtHand event = event(project, standing, code);
        if (!event.organiser()) {
            throw new ForbiddenProblem(
                    "Only " + event.owner().organisers() + " read and change the participants of " + code);
        }
        return event;
    }

    /** The breakdown of the event's participants: counts only, for anyone who sees the event. */
    public Breakdown breakdown(EventAtHand event) {
        return event.event() == null ? Breakdown.none() : participants.breakdown(event.event());
    }

    /**
     * The breakdown of the participants of the events of the project's deliverables and meetings {@code codes}: counts
     * only.
     */
    public Breakdown breakdown(Project project, Collection<String> codes) {
        return codes.isEmpty() ? Breakdown.none() : participants.breakdown(project, codes);
    }

    /**
     * How many are on the lists of the events of the project's deliverables and meetings {@code codes}, by code: one
     * query.
     */
    public Map<String, Long> listSizes(Project project, Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : participants.listSizes(project, codes);
    }

    /** The lists of {@code events} in a line each, by event id: one query. */
    public Map<Long, ListSummary> summaries(Collection<Event> events) {
        return participants.summaries(events);
    }

    public Page<ParticipantView> page(EventAtHand event, PageRequest request) {
        if (event.event() == null) {
            return request.page(List.of(), 0);
        }
        Page<Participant> page = participants.page(event.event(), request);
        return request.page(page.items().stream().map(ParticipantView::of).toList(), page.total());
    }

    public ParticipantView get(EventAtHand event, long id) {
        return ParticipantView.of(find(event, id));
    }

    @Transactional
    public ParticipantView add(Project project, EventAtHand event, ParticipantInput input, ParticipantSource source) {
        Event held = requireDescribed(event);
        Participant participant = prepared(held, input, source, email -> participants.hasEmail(held, email, null));
        return enlist(project, event.code(), participant);
    }

    /** Puts {@code participant} (prepared for the event of deliverable {@code code}) on its list. */
    ParticipantView enlist(Project project, String code, Participant participant) {
        participants.persist(participant);
        participants.flush();
        activity.record(
                project, Subject.participant(code, participant.id), "ADDED", null, ParticipantTrace.of(participant));
        return ParticipantView.of(participant);
    }

    /**
     * A participant of {@code event} as {@code input} describes them, checked and not saved; {@code emailTaken} says
     * whether an address is on the list already.
     */
    Participant prepared(Event event, ParticipantInput input, ParticipantSource source, Predicate<String> emailTaken) {
        Participant participant = new Participant();
        participant.event = event;
        participant.source = source;
        participant.createdAt = OffsetDateTime.now(clock);
        apply(event, input, participant, emailTaken);
        return participant;
    }

    /** Puts {@code all} (prepared for the event) on its list at once; the trail records their ids in one entry. */
    @Transactional
    void addAll(Project project, EventAtHand event, List<Participant> all) {
        if (all.isEmpty()) {
            return;
        }
        participants.persist(all);
        participants.flush();
        activity.record(
                project,
                Subject.participants(event.code()),
                "IMPORTED",
                null,
                Map.of("ids", all.stream().map(p -> p.id).toList(), "count", all.size()));
    }

    /** The addresses on the event's list, in lower case. */
    Set<String> emails(EventAtHand event) {
        return event.event() == null ? Set.of() : participants.emails(event.event());
    }

    /** The event's details, or a 409 while it has none. */
    static Event requireDescribed(EventAtHand event) {
        if (event.event() == null) {
            throw new ConflictProblem(
                    "event",
                    event.code() + " has no event details yet: give at least its date before listing participants");
        }
        return event.event();
    }

    @Transactional
    public ParticipantView update(Project project, EventAtHand event, long id, String ifMatch, ParticipantInput input) {
        Participant participant = find(event, id);
        if (participant.erasedAt != null) {
            throw new ConflictProblem(
                    "erasedAt", "participant " + id + "'s personal data was erased: the record stays as it is");
        }
        EntityTags.requireMatch(ifMatch, participant.version);
        ParticipantTrace before = ParticipantTrace.of(participant);
        apply(participant.event, input, participant, email -> participants.hasEmail(participant.event, email, id));
        participants.flush();
        activity.recordChange(project, Subject.participant(event.code(), id), before, ParticipantTrace.of(participant));
        return ParticipantView.of(participant);
    }

    @Transactional
    public void remove(Project project, EventAtHand event, long id) {
        Participant participant = find(event, id);
        activity.record(
                project, Subject.participant(event.code(), id), "REMOVED", ParticipantTrace.of(participant), null);
        participants.delete(participant);
    }

    /**
     * An event with participants, signed sheets or survey answers keeps its details (409): they are the evidence it
     * took place. Registrations still waiting for their confirmation, and survey links never used, go with it.
     */
    void keepEventsWithEvidence(@Observes EventRemoving removing) {
        long count = participants.count(removing.event());
        if (count > 0) {
            throw new ConflictProblem(
                    "event",
                    "the event has " + count + " participant(s) on its list: it keeps its details and its kind");
        }
        if (evidence.holds(removing.event())) {
            throw new ConflictProblem(
                    "event", "the event has signed sheets or survey answers: it keeps its details and its kind");
        }
        evidence.dropWhatWaits(removing.event());
    }

    Participant find(EventAtHand event, long id) {
        return (event.event() == null ? Optional.<Participant>empty() : participants.find(event.event(), id))
                .orElseThrow(() -> new NotFoundProblem("Participant", id + " of " + event.code()));
    }

    private void apply(Event event, ParticipantInput input, Participant participant, Predicate<String> emailTaken) {
        if (!input.processingConsent()) {
            throw new InvalidDataProblem(
                    "processingConsent",
                    "a participant is recorded only with their consent to the processing of their data (text "
                            + ConsentText.VERSION + ")");
        }
        String email = Texts.strippedOrNull(input.email());
        if (email != null && emailTaken.test(email.toLowerCase(Locale.ROOT))) {
            throw new ConflictProblem("email", email + " is on the list of this event already");
        }
        participant.name = input.name().strip();
        participant.email = email == null ? null : email.toLowerCase(Locale.ROOT);
        participant.organisation = Texts.strippedOrNull(input.organisation());
        participant.organisationType = input.organisationType();
        participant.country = input.country();
        participant.role = Texts.strippedOrNull(input.role());
        participant.gender = Objects.requireNonNullElse(input.gender(), Gender.NOT_GIVEN);
        participant.presence = presence(event, input.presence());
        List<LocalDate> days = days(event, input.days());
        if (!days.equals(participant.daysAttended)) {
            participant.daysAttended = days;
        }
        if (participant.consentedAt == null) {
            participant.consentTextVersion = ConsentText.VERSION;
            participant.consentedAt = OffsetDateTime.now(clock);
        }
        participant.photoConsent = input.photoConsent();
    }

    /** How they take part: as given, if the event allows it; by default as the event is held. */
    private static Presence presence(Event event, Presence given) {
        Presence presence =
                given != null ? given : event.mode == EventMode.ONLINE ? Presence.ONLINE : Presence.IN_PERSON;
        boolean fits =
                event.mode == EventMode.HYBRID || (event.mode == EventMode.ONLINE) == (presence == Presence.ONLINE);
        if (!fits) {
            throw new InvalidDataProblem(
                    "presence",
                    "the event is held "
                            + event.mode.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return presence;
    }

    /** The days attended, each a day of the event, in order and once. */
    private static List<LocalDate> days(Event event, List<LocalDate> given) {
        if (given.isEmpty()) {
            return List.of();
        }
        List<LocalDate> held = event.days();
        if (held.isEmpty()) {
            throw new InvalidDataProblem("daysAttended", "the event has no date yet");
        }
        for (LocalDate day : given) {
            if (!held.contains(day)) {
                LocalDate first = held.get(0);
                LocalDate last = held.get(held.size() - 1);
                throw new InvalidDataProblem(
                        "daysAttended",
                        day + " is not a day of the event (" + first + (last.equals(first) ? "" : " to " + last) + ")");
            }
        }
        return List.copyOf(new TreeSet<>(given));
    }
}
