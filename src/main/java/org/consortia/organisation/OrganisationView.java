package org.consortia.organisation;

/** An organisation as the API shows it. */
public record OrganisationView(
        String code,
        String legalName,
        String country,
        OrganisationType type,
        String pic,
        String website,
        long version) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.code, o.legalName, o.country, o.type, o.pic, o.website, o.version);
    }
}
