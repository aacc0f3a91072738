package org.consortia.deliverable;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consortia.common.CountryCode;

/** The event details of a meeting, training, national event or conference. */
public record EventInput(
        LocalDate plannedDate,
        LocalDate actualDate,
        @CountryCode String country,
        @Size(max = 255) String city,
        @Size(max = 255) String venue,
        String host,
        @Min(0) Integer expectedParticipants,
        @Min(0) Integer actualParticipants) {

    static EventInput of(EventDetails e) {
        return e == null || e.isEmpty() ? null : new EventInput(e.plannedDate, e.actualDate, e.country, e.city, e.venue,
                e.host == null ? null : e.host.code(), e.expectedParticipants, e.actualParticipants);
    }
}
