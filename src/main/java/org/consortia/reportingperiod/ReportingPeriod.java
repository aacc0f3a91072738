package org.consortia.reportingperiod;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.consortia.project.Project;

/** A span of project months the consortium reports on to its funder; periods follow each other. */
@Entity
public class ReportingPeriod extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public int startMonth;

    @Column(nullable = false)
    public int endMonth;

    @Version
    public long version;
}
