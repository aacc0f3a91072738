package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** The costs a statement declares in one category, with their justification when the rules ask for one. */
@Entity
public class StatementCost extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public FinancialStatement statement;

    @Column(nullable = false)
    public String categoryCode;

    @Column(nullable = false)
    public BigDecimal amount;

    public String justification;
}
