package org.consortia.overview;

import java.time.LocalDate;
import java.util.List;
import org.consortia.attendance.ListSummary;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.ShownStatus;
import org.consortia.event.EventMode;
import org.consortia.meeting.MeetingKind;

/**
 * A meeting, training, national event or conference: where, when (its first day, and its last), who hosts, who came
 * (and who is on its list). An event deliverable has its {@code kind} and {@code status}; a meeting that is not a
 * deliverable its {@code meeting} kind, and neither.
 */
public record EventRow(
        String code,
        String title,
        DeliverableKind kind,
        EventMode mode,
        String country,
        String city,
        LocalDate date,
        LocalDate endDate,
        boolean held,
        List<String> hosts,
        Integer expectedParticipants,
        Integer actualParticipants,
        ListSummary list,
        ShownStatus status,
        MeetingKind meeting) {

    /** Its page under the project's: the deliverable's, or the meeting's event page. */
    public String path() {
        return (meeting == null ? "deliverables/" : "events/") + code;
    }
}
