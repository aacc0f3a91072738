package org.consortia.attendance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.consortia.common.NotFoundProblem;

/** A day of an event as a path names it ({@code 2026-06-09}): anything that is not a date is as absent as a day the event does not have. */
final class EventDay {

    private EventDay() {}

    static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException notADate) {
            throw new NotFoundProblem("Day", day + " of the event");
        }
    }
}
