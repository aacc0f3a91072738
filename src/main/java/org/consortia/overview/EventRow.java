package org.consortia.overview;

import java.time.LocalDate;
import java.util.List;
import org.consortia.attendance.ListSummary;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.ShownStatus;
import org.consortia.event.EventMode;

/** A meeting, training, national event or conference: where, when (its first day, and its last), who hosts, who came (and who is on its list). */
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
        ShownStatus status) {}
