package org.consortia.workpackage;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.consortia.partner.Participation;
import org.consortia.project.Project;

/** A work package: a numbered block of the plan led by one partner over a span of project months. */
@Entity
public class WorkPackage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id")
    public Participation lead;

    @Column(nullable = false)
    public int startMonth;

    @Column(nullable = false)
    public int endMonth;

    public String objectives;

    @Version
    public long version;

    public String code() {
        return WorkPackageCode.format(number);
    }
}
