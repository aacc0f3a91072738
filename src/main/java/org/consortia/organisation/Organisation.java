package org.consortia.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

/**
 * A legal entity (employers' organisation, union, NGO, authority…) that takes part in projects,
 * named by a short code (the identity provider's organisation alias will be this code in lower case).
 */
@Entity
public class Organisation extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String legalName;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    public String pic;

    public String website;

    @Version
    public long version;
}
