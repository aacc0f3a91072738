package org.consortia.timesheet;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.consortia.workpackage.WorkPackage;

/** The hours a timesheet records on one work package, and what was done. */
@Entity
public class TimesheetEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timesheet_id")
    public Timesheet timesheet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_package_id")
    public WorkPackage workPackage;

    @Column(nullable = false)
    public BigDecimal hours;

    @Column(nullable = false)
    public String description;
}
