package org.consortia.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.event.Event;

/** The days of an event, and whether its attendance is closed (when, by whom) or open (both null). */
public record AttendanceState(List<LocalDate> days, OffsetDateTime closedAt, String closedBy) {

    static AttendanceState of(Event event) {
        return event == null
                ? new AttendanceState(List.of(), null, null)
                : new AttendanceState(event.days(), event.closedAt, event.closedBy);
    }
}
