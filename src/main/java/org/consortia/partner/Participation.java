package org.consortia.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.consortia.organisation.Organisation;
import org.consortia.project.Project;

/** An organisation taking part in a project: a partner, with its role and partner number. */
@Entity
public class Participation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipationRole role;

    @Column(nullable = false)
    public int partnerNumber;

    public String contactName;

    public String contactEmail;

    @Version
    public long version;

    public String code() {
        return organisation.code;
    }
}
