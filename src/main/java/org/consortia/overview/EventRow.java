package org.consortia.overview;

import java.time.LocalDate;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.ShownStatus;

/** A meeting, training, national event or conference: where, when, who hosts, who came. */
public record EventRow(
        String code,
        String title,
        DeliverableKind kind,
        String country,
        String city,
        LocalDate date,
        boolean held,
        String host,
        Integer expectedParticipants,
        Integer actualParticipants,
        ShownStatus status) {}
