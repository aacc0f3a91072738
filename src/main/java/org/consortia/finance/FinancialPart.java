package org.consortia.finance;

import java.math.BigDecimal;
import java.util.List;
import org.consortia.finance.GrantArithmetic.Figures;
import org.consortia.security.Standing;

/**
 * The use of resources in a period's report: each beneficiary's statement (its figures once the coordinator accepted
 * it, none before), the consortium's totals of the accepted ones, and person-months per work package: planned for the
 * grant, declared this period, declared up to its end. Frozen with the report when it is submitted. A lump-sum grant's
 * statements ({@code lumpSum}) name the work packages completed, whose shares are their figures.
 */
public record FinancialPart(
        String currency,
        boolean lumpSum,
        boolean detailsShared,
        List<Line> beneficiaries,
        Figures totals,
        BigDecimal personMonths,
        List<Effort> effort) {

    /**
     * A beneficiary's statement of the period ({@code budgeted}: it has a budget): {@code status} null when none was
     * started (and, in what the funder receives, unless accepted).
     */
    public record Line(
            String beneficiary,
            int partnerNumber,
            boolean budgeted,
            StatementStatus status,
            Figures figures,
            BigDecimal personMonths,
            List<String> completed,
            String contentSha256) {

        public boolean accepted() {
            return status == StatementStatus.ACCEPTED;
        }

        Line withoutFigures() {
            return new Line(beneficiary, partnerNumber, budgeted, status, null, null, null, null);
        }
    }

    /**
     * What the funder receives: the accepted statements, and the beneficiaries with a budget that have none, without a
     * word of the statements still in the consortium's hands (StatementRules.funderReads).
     */
    public FinancialPart forFunder() {
        return with(beneficiaries.stream()
                .filter(line -> line.budgeted() || line.accepted())
                .map(line -> line.accepted()
                        ? line
                        : new Line(line.beneficiary(), line.partnerNumber(), true, null, null, null, null, null))
                .toList());
    }

    /**
     * As {@code standing} reads it: a partner's staff see their own organisation's figures and the consortium's totals
     * (every beneficiary's when the consortium shares every detail); the coordinator and the funder's side every line.
     */
    public FinancialPart seenBy(Standing standing) {
        if (standing.isReviewer()) {
            return this;
        }
        return with(beneficiaries.stream()
                .map(line -> FinanceRules.showsDetail(standing, line.beneficiary(), detailsShared)
                        ? line
                        : line.withoutFigures())
                .toList());
    }

    private FinancialPart with(List<Line> lines) {
        return new FinancialPart(currency, lumpSum, detailsShared, lines, totals, personMonths, effort);
    }

    /** A work package's person-months: planned for the whole grant, declared this period, declared so far. */
    public record Effort(
            String workPackage, String title, BigDecimal planned, BigDecimal thisPeriod, BigDecimal cumulative) {}
}
