package org.consortia.overview;

import java.time.OffsetDateTime;
import org.consortia.partner.ParticipationRole;

/** A partner's share of the project: what it leads, what it has delivered, what is late, its last upload. */
public record PartnerRow(
        int number,
        String code,
        String name,
        String country,
        ParticipationRole role,
        int leads,
        int delivered,
        int overdue,
        OffsetDateTime lastUpload) {}
