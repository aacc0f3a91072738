package org.consortia.deliverable;

import static org.consortia.web.FormValues.date;
import static org.consortia.web.FormValues.number;
import static org.consortia.web.FormValues.shown;
import static org.consortia.web.FormValues.text;
import static org.consortia.web.FormValues.time;

import java.util.Locale;
import java.util.stream.Stream;
import org.consortia.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The event details of a deliverable as typed, in the fields {@code event.*} (as the input names them). */
public class EventFields {

    @RestForm("event.plannedDate")
    public String plannedDate;

    @RestForm("event.actualDate")
    public String actualDate;

    @RestForm("event.startTime")
    public String startTime;

    @RestForm("event.endTime")
    public String endTime;

    @RestForm("event.timeZone")
    public String timeZone;

    @RestForm("event.country")
    public String country;

    @RestForm("event.city")
    public String city;

    @RestForm("event.venue")
    public String venue;

    @RestForm("event.host")
    public String host;

    @RestForm("event.expectedParticipants")
    public String expectedParticipants;

    @RestForm("event.actualParticipants")
    public String actualParticipants;

    static EventFields of(EventInput event) {
        EventFields fields = new EventFields();
        if (event != null) {
            fields.plannedDate = shown(event.plannedDate());
            fields.actualDate = shown(event.actualDate());
            fields.country = shown(event.country());
            fields.city = shown(event.city());
            fields.venue = shown(event.venue());
            fields.host = shown(event.host());
            fields.expectedParticipants = shown(event.expectedParticipants());
            fields.actualParticipants = shown(event.actualParticipants());
            fields.startTime = shown(event.startTime());
            fields.endTime = shown(event.endTime());
            fields.timeZone = shown(event.timeZone());
        }
        return fields;
    }

    /** The event details, or none when every field is empty (a deliverable that is not an event). */
    EventInput input(FormErrors errors) {
        boolean empty = Stream.of(
                        plannedDate,
                        actualDate,
                        country,
                        city,
                        venue,
                        host,
                        expectedParticipants,
                        actualParticipants,
                        startTime,
                        endTime,
                        timeZone)
                .allMatch(typed -> text(typed) == null);
        if (empty) {
            return null;
        }
        // Country codes are stored in capitals; "fr" is what people type for FR.
        String countryCode = text(country);
        return new EventInput(
                date(plannedDate, "event.plannedDate", errors),
                date(actualDate, "event.actualDate", errors),
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                text(city),
                text(venue),
                text(host),
                number(expectedParticipants, "event.expectedParticipants", errors),
                number(actualParticipants, "event.actualParticipants", errors),
                time(startTime, "event.startTime", errors),
                time(endTime, "event.endTime", errors),
                text(timeZone));
    }
}
