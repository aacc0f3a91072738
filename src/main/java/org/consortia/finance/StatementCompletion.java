package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.consortia.workpackage.WorkPackage;

/**
 * A work package a lump-sum statement declares completed (V27): accepting the statement releases the beneficiary's
 * share of it.
 */
@Entity
public class StatementCompletion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public FinancialStatement statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_package_id")
    public WorkPackage workPackage;
}
