package org.consortia.overview;

import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.partner.ParticipationRole;

/** One partner in one project: who it is, what it leads and contributes to, what it hosts, how it stands. */
public record PartnerCommitments(
        String code,
        String name,
        String country,
        String website,
        int number,
        ParticipationRole role,
        String contactName,
        String contactEmail,
        List<WorkPackageGroup> workPackagesLed,
        List<DeliverableRow> leads,
        List<DeliverableRow> contributes,
        List<EventRow> hosts,
        OffsetDateTime lastUpload) {

    public long delivered() {
        return leads.stream().filter(DeliverableRow::delivered).count();
    }

    public long overdue() {
        return leads.stream().filter(DeliverableRow::overdue).count();
    }
}
