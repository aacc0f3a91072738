package org.consortia.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consortia.finance.FinanceRules.Deviation;

/**
 * The finance page: budget against the costs declared in accepted statements, per beneficiary and category; planned
 * against declared person-months per work package; the share consumed against the share of time elapsed (up to the
 * end of the last reporting period that has ended, {@code asOf}), the forecast at completion and the warnings. For a
 * lump-sum grant ({@code lumpSum}) the budget is the beneficiaries' shares and what is declared the shares released.
 */
public record FinanceView(
        boolean defined,
        String currency,
        boolean lumpSum,
        LocalDate asOf,
        BigDecimal timeElapsed,
        List<String> categories,
        List<Row> beneficiaries,
        Row consortium,
        List<WorkPackageRow> workPackages,
        Chart chart) {

    /**
     * A beneficiary's (or the consortium's) line: eligible costs budgeted and declared, the share consumed, the
     * forecast at completion and the warning; by category only when {@code detailed}.
     */
    public record Row(
            String beneficiary,
            boolean detailed,
            Map<String, BigDecimal> budgetByCategory,
            Map<String, BigDecimal> declaredByCategory,
            BigDecimal budget,
            BigDecimal declared,
            BigDecimal requested,
            BigDecimal consumed,
            BigDecimal forecast,
            Deviation deviation) {}

    /**
     * A work package's person-months: planned for the grant, declared in accepted statements, and the share; for a
     * lump-sum grant, its lump sum and what accepted statements released of it.
     */
    public record WorkPackageRow(
            String workPackage,
            String title,
            BigDecimal planned,
            BigDecimal declared,
            BigDecimal consumed,
            Deviation deviation,
            BigDecimal lumpSum,
            BigDecimal released) {}

    /**
     * Horizontal bars, one per detailed beneficiary: its budget's length, the declared part of it, and where the time
     * elapsed falls on it ({@code elapsedX}, null before any).
     */
    public record Chart(int width, int height, int labelWidth, List<Bar> bars) {}

    public record Bar(
            String label, int y, int budgetWidth, int declaredWidth, Integer elapsedX, int textY, boolean warned) {}
}
