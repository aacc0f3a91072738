package org.consortia.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.common.ConflictProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.ManagedSets;
import org.consortia.common.Texts;
import org.consortia.partner.Participation;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;

/** Writes an event's details, checked: its days within the project, its times, its hosts among the partners. */
@ApplicationScoped
public class EventService {

    /** The longest event, in days: a summer school, not a typo. */
    static final int MAX_DAYS = 31;

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final EventRepository events;
    private final PartnerService partners;
    private final jakarta.enterprise.event.Event<EventRemoving> removing;

    EventService(
            EventRepository events, PartnerService partners, jakarta.enterprise.event.Event<EventRemoving> removing) {
        this.events = events;
        this.partners = partners;
        this.removing = removing;
    }

    /**
     * {@code event} as this transaction holds it, its row locked until the transaction ends: the changes of its
     * attendance (closing, registrations, numbering signed sheets) are made one after the other.
     */
    public Event locked(Event event) {
        return events.findLocked(event.id);
    }

    /** Says that {@code event} is about to be removed: an observer refuses it by throwing ({@link EventRemoving}). */
    public void removing(Event event) {
        removing.fire(new EventRemoving(event));
    }

    /**
     * Refuses (409) a deliverable code that names a meeting of the project: an event is addressed by its owner's code,
     * so a code is a deliverable's or a meeting's, never both.
     */
    public void requireNotMeetingCode(Project project, String code) {
        if (events.isMeetingCode(project.id, code)) {
            throw new ConflictProblem(
                    "code", code + " is a meeting of " + project.acronym + ": a deliverable takes a code of its own");
        }
    }

    /** The host partners' codes of each event, by event id, in one query. */
    public Map<Long, TreeSet<String>> hostCodes(Collection<Event> all) {
        return events.hostCodes(all);
    }

    /** The details of one event, as the API shows them. */
    public EventInput details(Event event) {
        return event == null
                ? null
                : EventInput.of(
                        event, event.hosts.stream().map(Participation::code).toList());
    }

    /**
     * The event {@code input} describes, written into {@code current} (a new one when null); null when the input is
     * null (no event: {@code current}, if any, is {@linkplain #removing about to be removed}). The fields are named
     * under {@code event.} in the 400s.
     */
    public Event write(Project project, EventInput input, Event current) {
        if (input == null) {
            if (current != null) {
                removing(current);
            }
            return null;
        }
        EventInput wanted = normalised(input);
        check(project, wanted);
        Event event = current != null ? current : new Event();
        event.project = project;
        event.plannedDate = wanted.plannedDate();
        event.actualDate = wanted.actualDate();
        event.endDate = wanted.endDate();
        event.startTime = wanted.startTime();
        event.endTime = wanted.endTime();
        event.timeZone = timeZone(wanted);
        event.mode = wanted.mode();
        event.country = wanted.country();
        event.city = wanted.city();
        event.venue = wanted.venue();
        ManagedSets.replace(event.hosts, partners.requireAll(project, wanted.hostCodes(), "event.hosts"));
        if (!event.languages.equals(wanted.languages())) {
            event.languages = List.copyOf(wanted.languages());
        }
        if (!event.targetGroups.equals(wanted.targetGroups())) {
            event.targetGroups = List.copyOf(wanted.targetGroups());
        }
        event.registrationDeadline = wanted.registrationDeadline();
        event.expectedParticipants = wanted.expectedParticipants();
        event.actualParticipants = wanted.actualParticipants();
        return event;
    }

    /**
     * The input as it is stored: in person unless said otherwise, hosts in order and once, languages in lower case and
     * once, free text stripped and blanks dropped, no end date on the day it starts. Two inputs describe the same event
     * when their normalised forms are equal.
     */
    public static EventInput normalised(EventInput input) {
        if (input == null) {
            return null;
        }
        LocalDate endDate = Objects.equals(input.endDate(), input.firstDay()) ? null : input.endDate();
        return new EventInput(
                input.plannedDate(),
                input.actualDate(),
                endDate,
                input.startTime(),
                input.endTime(),
                Texts.strippedOrNull(input.timeZone()),
                Objects.requireNonNullElse(input.mode(), EventMode.IN_PERSON),
                input.country(),
                Texts.strippedOrNull(input.city()),
                Texts.strippedOrNull(input.venue()),
                List.copyOf(new TreeSet<>(input.hostCodes())),
                distinct(input.languages(), true),
                distinct(input.targetGroups(), false),
                input.registrationDeadline(),
                input.expectedParticipants(),
                input.actualParticipants());
    }

    private static List<String> distinct(List<String> values, boolean lowerCase) {
        Set<String> kept = new LinkedHashSet<>();
        if (values != null) {
            values.stream()
                    .map(Texts::strippedOrNull)
                    .filter(Objects::nonNull)
                    .map(value -> lowerCase ? value.toLowerCase(Locale.ROOT) : value)
                    .forEach(kept::add);
        }
        return List.copyOf(kept);
    }

    private static void check(Project project, EventInput input) {
        project.requireDate("event.plannedDate", input.plannedDate());
        project.requireDate("event.actualDate", input.actualDate());
        project.requireDate("event.endDate", input.endDate());
        project.requireDate("event.registrationDeadline", input.registrationDeadline());
        LocalDate firstDay = input.firstDay();
        if (input.endDate() != null) {
            if (firstDay == null) {
                throw new InvalidDataProblem("event.endDate", "an end date needs the date the event starts");
            }
            if (input.endDate().isBefore(firstDay)) {
                throw new InvalidDataProblem("event.endDate", "must not be before the first day, " + firstDay);
            }
            if (input.endDate().isAfter(firstDay.plusDays(MAX_DAYS - 1))) {
                throw new InvalidDataProblem(
                        "event.endDate",
                        "an event lasts at most " + MAX_DAYS + " days from its first day, " + firstDay);
            }
        }
        LocalDate lastDay = input.endDate() != null ? input.endDate() : firstDay;
        if (input.registrationDeadline() != null
                && lastDay != null
                && input.registrationDeadline().isAfter(lastDay)) {
            throw new InvalidDataProblem(
                    "event.registrationDeadline", "must not be after the event's last day, " + lastDay);
        }
        for (int i = 0; i < input.languages().size(); i++) {
            if (!LANGUAGES.contains(input.languages().get(i))) {
                throw new InvalidDataProblem(
                        "event.languages",
                        input.languages().get(i) + " is not an ISO 639-1 language code (fr, en, ro…)");
            }
        }
    }

    /** The event's time zone: as given, else its country's; none for an all-day event. */
    private static String timeZone(EventInput input) {
        if (input.endTime() != null && input.startTime() == null) {
            throw new InvalidDataProblem("event.endTime", "an end time needs a start time");
        }
        if (input.endTime() != null && !input.endTime().isAfter(input.startTime())) {
            throw new InvalidDataProblem("event.endTime", "must be after the start time " + input.startTime());
        }
        if (input.startTime() == null) {
            if (input.timeZone() != null) {
                throw new InvalidDataProblem("event.timeZone", "a time zone goes with a start time");
            }
            return null;
        }
        if (input.timeZone() == null) {
            return EventTimeZones.of(input.country())
                    .map(ZoneId::getId)
                    .orElseThrow(() -> new InvalidDataProblem(
                            "event.timeZone",
                            "is needed for an event at a time outside the countries Consortia knows the"
                                    + " time zone of (" + input.country() + "); e.g. Europe/Lisbon"));
        }
        try {
            return ZoneId.of(input.timeZone()).getId();
        } catch (DateTimeException e) {
            throw new InvalidDataProblem("event.timeZone", "is not a time zone: use a name such as Europe/Lisbon");
        }
    }
}
