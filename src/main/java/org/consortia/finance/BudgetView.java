package org.consortia.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.consortia.finance.GrantArithmetic.Figures;

/**
 * A project's budget as the API shows it: the grant's terms, the categories, each beneficiary's estimated costs and
 * planned effort with its computed figures, and the consortium's totals. {@code defined} is false while no budget was
 * entered (the EU categories are then shown). A beneficiary whose detail the reader may not see has no costs or
 * figures ({@code detailed} false); its planned effort, part of Annex 1, stays.
 */
public record BudgetView(
        boolean defined,
        String currency,
        FundingModel fundingModel,
        BigDecimal fundingRate,
        BigDecimal indirectRate,
        boolean indirectExcludesSubcontracting,
        BigDecimal maxGrant,
        boolean detailsShared,
        List<BudgetInput.Category> categories,
        List<Beneficiary> beneficiaries,
        Totals totals,
        long version) {

    /**
     * One beneficiary's budget: costs by category code, computed figures, person-months by work package, and its
     * lump-sum shares by work package with their total (a lump-sum grant; shown as far as its costs are).
     */
    public record Beneficiary(
            String organisation,
            int partnerNumber,
            boolean detailed,
            Map<String, BigDecimal> costs,
            Figures figures,
            Map<String, BigDecimal> effort,
            BigDecimal personMonths,
            Map<String, BigDecimal> lumpSums,
            BigDecimal lumpSum) {}

    /**
     * The consortium's: costs by category code, figures, person-months by work package and in all, lump-sum shares by
     * work package and in all.
     */
    public record Totals(
            Map<String, BigDecimal> costs,
            Figures figures,
            Map<String, BigDecimal> effortByWorkPackage,
            BigDecimal personMonths,
            Map<String, BigDecimal> lumpSumsByWorkPackage,
            BigDecimal lumpSum) {}
}
