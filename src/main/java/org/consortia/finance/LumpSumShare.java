package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.consortia.workpackage.WorkPackage;

/** A lump-sum grant's share for one beneficiary and one work package (V26), which the work package's completion releases. */
@Entity
public class LumpSumShare extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participation_id")
    public Participation beneficiary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_package_id")
    public WorkPackage workPackage;

    @Column(nullable = false)
    public BigDecimal amount;
}
