package org.consortia.attendance;

import java.util.List;

/**
 * The participants of an event (or of the events of a period) counted: in all, how many of the events have a list,
 * by the country of their organisation, by kind of organisation, by gender, in person or online, and per day attended.
 * What everyone who sees the event reads, the funder included: counts, no person.
 */
public record Breakdown(
        long total,
        long events,
        List<Count> countries,
        List<Count> organisationTypes,
        List<Count> genders,
        List<Count> presences,
        List<Count> days) {

    /** How many have {@code value} (a country code, an enum's name, a date as yyyy-mm-dd). */
    public record Count(String value, long participants) {}

    public static Breakdown none() {
        return new Breakdown(0, 0, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
