package org.consortia.partner;

import org.consortia.organisation.OrganisationType;

/** A partner as the API shows it: the participation and the organisation's identity. */
public record PartnerView(
        String organisation,
        String legalName,
        String country,
        OrganisationType type,
        ParticipationRole role,
        int partnerNumber,
        String contactName,
        String contactEmail,
        long version) {

    static PartnerView of(Participation p) {
        return new PartnerView(
                p.organisation.code,
                p.organisation.legalName,
                p.organisation.country,
                p.organisation.type,
                p.role,
                p.partnerNumber,
                p.contactName,
                p.contactEmail,
                p.version);
    }
}
