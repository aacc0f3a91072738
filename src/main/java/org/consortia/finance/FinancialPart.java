package org.consortia.finance;

import java.math.BigDecimal;
import java.util.List;
import org.consortia.finance.GrantArithmetic.Figures;

/**
 * The use of resources in a period's report: each beneficiary's statement (its figures once the coordinator accepted
 * it, none before), the consortium's totals of the accepted ones, and person-months per work package: planned for the
 * grant, declared this period, declared up to its end. Frozen with the report when it is submitted.
 */
public record FinancialPart(
        String currency, List<Line> beneficiaries, Figures totals, BigDecimal personMonths, List<Effort> effort) {

    /** A beneficiary's statement of the period: {@code status} null when none was started. */
    public record Line(
            String beneficiary,
            int partnerNumber,
            StatementStatus status,
            Figures figures,
            BigDecimal personMonths,
            String contentSha256) {

        public boolean accepted() {
            return status == StatementStatus.ACCEPTED;
        }
    }

    /** A work package's person-months: planned for the whole grant, declared this period, declared so far. */
    public record Effort(
            String workPackage, String title, BigDecimal planned, BigDecimal thisPeriod, BigDecimal cumulative) {}
}
