package org.consortia.event;

import static org.consortia.web.FormValues.choice;
import static org.consortia.web.FormValues.date;
import static org.consortia.web.FormValues.number;
import static org.consortia.web.FormValues.shown;
import static org.consortia.web.FormValues.text;
import static org.consortia.web.FormValues.ticked;
import static org.consortia.web.FormValues.time;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.consortia.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The details of an event (a deliverable's, a meeting's) as typed, in the fields {@code event.*} (as the input names them): the languages
 * separated by commas, one target group per line.
 */
public class EventFields {

    @RestForm("event.plannedDate")
    public String plannedDate;

    @RestForm("event.actualDate")
    public String actualDate;

    @RestForm("event.endDate")
    public String endDate;

    @RestForm("event.startTime")
    public String startTime;

    @RestForm("event.endTime")
    public String endTime;

    @RestForm("event.timeZone")
    public String timeZone;

    @RestForm("event.mode")
    public String mode;

    @RestForm("event.country")
    public String country;

    @RestForm("event.city")
    public String city;

    @RestForm("event.venue")
    public String venue;

    @RestForm("event.hosts")
    public List<String> hosts;

    @RestForm("event.languages")
    public String languages;

    @RestForm("event.targetGroups")
    public String targetGroups;

    @RestForm("event.registrationDeadline")
    public String registrationDeadline;

    @RestForm("event.expectedParticipants")
    public String expectedParticipants;

    @RestForm("event.actualParticipants")
    public String actualParticipants;

    public static EventFields of(EventInput event) {
        EventFields fields = new EventFields();
        if (event != null) {
            fields.plannedDate = shown(event.plannedDate());
            fields.actualDate = shown(event.actualDate());
            fields.endDate = shown(event.endDate());
            fields.startTime = shown(event.startTime());
            fields.endTime = shown(event.endTime());
            fields.timeZone = shown(event.timeZone());
            fields.mode = shown(event.mode());
            fields.country = shown(event.country());
            fields.city = shown(event.city());
            fields.venue = shown(event.venue());
            fields.hosts = event.hostCodes();
            fields.languages = event.languages() == null ? "" : String.join(", ", event.languages());
            fields.targetGroups = event.targetGroups() == null ? "" : String.join("\n", event.targetGroups());
            fields.registrationDeadline = shown(event.registrationDeadline());
            fields.expectedParticipants = shown(event.expectedParticipants());
            fields.actualParticipants = shown(event.actualParticipants());
        }
        return fields;
    }

    /** The modes to choose from. */
    public List<EventMode> modes() {
        return List.of(EventMode.values());
    }

    public boolean hasHost(String partner) {
        return hosts != null && hosts.contains(partner);
    }

    /** The event details, or none when every field is empty (a deliverable that is not an event). */
    public EventInput input(FormErrors errors) {
        boolean empty = Stream.of(
                                plannedDate,
                                actualDate,
                                endDate,
                                startTime,
                                endTime,
                                timeZone,
                                mode,
                                country,
                                city,
                                venue,
                                languages,
                                targetGroups,
                                registrationDeadline,
                                expectedParticipants,
                                actualParticipants)
                        .allMatch(typed -> text(typed) == null)
                && ticked(hosts).isEmpty();
        if (empty) {
            return null;
        }
        // Country codes are stored in capitals; "fr" is what people type for FR.
        String countryCode = text(country);
        return new EventInput(
                date(plannedDate, "event.plannedDate", errors),
                date(actualDate, "event.actualDate", errors),
                date(endDate, "event.endDate", errors),
                time(startTime, "event.startTime", errors),
                time(endTime, "event.endTime", errors),
                text(timeZone),
                choice(EventMode.class, mode, "event.mode", errors),
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                text(city),
                text(venue),
                ticked(hosts),
                split(languages, "[,;\\s]+"),
                split(targetGroups, "\\R"),
                date(registrationDeadline, "event.registrationDeadline", errors),
                number(expectedParticipants, "event.expectedParticipants", errors),
                number(actualParticipants, "event.actualParticipants", errors));
    }

    private static List<String> split(String typed, String separator) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split(separator))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .toList();
    }
}
