package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.consortia.workpackage.WorkPackage;

/**
 * The person-months a statement declares on one work package: typed by the beneficiary with a reason, or (not typed)
 * the closed timesheets' figure, fixed when the statement is submitted.
 */
@Entity
public class StatementEffort extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public FinancialStatement statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_package_id")
    public WorkPackage workPackage;

    @Column(nullable = false)
    public BigDecimal personMonths;

    @Column(nullable = false)
    public boolean typed;

    public String reason;
}
