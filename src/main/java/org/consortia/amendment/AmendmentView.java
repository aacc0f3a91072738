package org.consortia.amendment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An amendment as the API shows it, to the consortium and the funder alike. */
public record AmendmentView(
        int number,
        String code,
        AmendedItem itemType,
        String item,
        String reason,
        LocalDate previousDueDate,
        int proposedDueMonth,
        LocalDate proposedDueDate,
        AmendmentStatus status,
        OffsetDateTime requestedAt,
        String requestedBy,
        OffsetDateTime decidedAt,
        String decidedBy,
        String decisionComment,
        long version) {

    static AmendmentView of(Amendment a) {
        return new AmendmentView(
                a.number,
                Amendment.code(a.number),
                a.itemType,
                a.itemCode,
                a.reason,
                a.previousDueDate,
                a.proposedDueMonth,
                a.proposedDueDate,
                a.status,
                a.requestedAt,
                a.requestedByName != null ? a.requestedByName : a.requestedBy,
                a.decidedAt,
                a.decidedByName != null ? a.decidedByName : a.decidedBy,
                a.decisionComment,
                a.version);
    }
}
