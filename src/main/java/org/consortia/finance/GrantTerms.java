package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.consortia.project.Project;

/** The money terms of a project's grant agreement. */
@Entity
public class GrantTerms extends PanacheEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    /** ISO 4217. */
    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingModel fundingModel;

    /** Percent of the eligible costs the grant reimburses (80.00 for 80 %). */
    @Column(nullable = false)
    public BigDecimal fundingRate;

    /** Percent of the direct costs (its base, see {@link CategoryKind}) paid as indirect costs. */
    @Column(nullable = false)
    public BigDecimal indirectRate;

    @Column(nullable = false)
    public boolean indirectExcludesSubcontracting;

    /** The maximum grant amount; null when the agreement states none. */
    public BigDecimal maxGrant;

    /** Whether every partner reads every beneficiary's detailed budget (the consortium's choice). */
    @Column(nullable = false)
    public boolean detailsShared;

    @Version
    public long version;

    /** Whether the grant pays lump sums: its statements declare completed work packages instead of costs. */
    public boolean lumpSum() {
        return fundingModel == FundingModel.LUMP_SUM;
    }

    /** The rates the grant's arithmetic applies ({@link GrantArithmetic}). */
    public GrantArithmetic.Rates rates() {
        return new GrantArithmetic.Rates(fundingRate, indirectRate, indirectExcludesSubcontracting);
    }
}
