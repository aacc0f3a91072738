package org.consortia.amendment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortia.finance.BudgetView;
import org.consortia.finance.FundingModel;

/**
 * A budget amendment's budgets side by side, a line per beneficiary of either: what it receives (its requested
 * contribution, or its lump-sum shares on a lump-sum grant) and its person-months, before and proposed; the figures
 * only where the reader may see that beneficiary's detail in both.
 */
public record BudgetComparison(String currency, List<Line> beneficiaries, Line consortium) {

    /** A beneficiary's (or the consortium's) line; {@code detailed} false: its amounts are not shown. */
    public record Line(
            String beneficiary,
            boolean detailed,
            BigDecimal previousAmount,
            BigDecimal proposedAmount,
            BigDecimal previousPersonMonths,
            BigDecimal proposedPersonMonths) {}

    static BudgetComparison of(AmendedBudget budget) {
        Map<String, BudgetView.Beneficiary> before = byOrganisation(budget.previous());
        Map<String, BudgetView.Beneficiary> after = byOrganisation(budget.proposed());
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Line> lines = new ArrayList<>();
        for (String code : names) {
            BudgetView.Beneficiary previous = before.get(code);
            BudgetView.Beneficiary proposed = after.get(code);
            boolean detailed = (previous == null || previous.detailed()) && (proposed == null || proposed.detailed());
            lines.add(new Line(
                    code,
                    detailed,
                    detailed ? amount(budget.previous(), previous) : null,
                    detailed ? amount(budget.proposed(), proposed) : null,
                    previous == null ? null : previous.personMonths(),
                    proposed == null ? null : proposed.personMonths()));
        }
        return new BudgetComparison(
                budget.proposed().currency(),
                lines,
                new Line(
                        null,
                        true,
                        total(budget.previous()),
                        total(budget.proposed()),
                        budget.previous().totals().personMonths(),
                        budget.proposed().totals().personMonths()));
    }

    private static Map<String, BudgetView.Beneficiary> byOrganisation(BudgetView view) {
        Map<String, BudgetView.Beneficiary> byCode = new LinkedHashMap<>();
        view.beneficiaries().forEach(b -> byCode.put(b.organisation(), b));
        return byCode;
    }

    private static BigDecimal amount(BudgetView view, BudgetView.Beneficiary beneficiary) {
        if (beneficiary == null) {
            return null;
        }
        return view.fundingModel() == FundingModel.LUMP_SUM
                ? beneficiary.lumpSum()
                : beneficiary.figures().requested();
    }

    private static BigDecimal total(BudgetView view) {
        return view.fundingModel() == FundingModel.LUMP_SUM
                ? view.totals().lumpSum()
                : view.totals().figures().requested();
    }
}
