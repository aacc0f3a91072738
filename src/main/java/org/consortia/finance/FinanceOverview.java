package org.consortia.finance;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.consortia.common.PageRequest;
import org.consortia.finance.GrantArithmetic.Cost;
import org.consortia.finance.GrantArithmetic.Figures;
import org.consortia.finance.GrantArithmetic.Rates;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriodService;
import org.consortia.reportingperiod.ReportingPeriodView;
import org.consortia.security.Standing;
import org.consortia.workpackage.WorkPackage;
import org.consortia.workpackage.WorkPackageService;

/**
 * Computes the finance page ({@link FinanceView}) in a fixed number of queries whatever the consortium's size: the
 * budget, the accepted statements (read from what was frozen), the work packages and the reporting periods.
 */
@ApplicationScoped
public class FinanceOverview {

    static final int CHART_WIDTH = 640;
    static final int CHART_LABEL = 120;
    static final int BAR = 18;
    static final int BAR_GAP = 10;

    private final BudgetRepository budgets;
    private final StatementRepository statements;
    private final WorkPackageService workPackages;
    private final ReportingPeriodService periods;
    private final Clock clock;

    FinanceOverview(
            BudgetRepository budgets,
            StatementRepository statements,
            WorkPackageService workPackages,
            ReportingPeriodService periods,
            Clock clock) {
        this.budgets = budgets;
        this.statements = statements;
        this.workPackages = workPackages;
        this.periods = periods;
        this.clock = clock;
    }

    /** The page as {@code standing} reads it: every beneficiary's detail for the coordinator, a partner its own. */
    public FinanceView get(Project project, Standing standing) {
        Optional<GrantTerms> found = budgets.terms(project);
        if (found.isEmpty()) {
            return new FinanceView(false, null, false, null, null, List.of(), List.of(), null, List.of(), null);
        }
        GrantTerms terms = found.get();
        Rates rates = terms.rates();
        List<CostCategory> categories = budgets.categories(project);
        Map<String, CategoryKind> kinds = CostCategory.kinds(categories);

        Set<Participation> beneficiaries = new TreeSet<>(Comparator.comparingInt((Participation p) -> p.partnerNumber));
        Map<Participation, Map<String, BigDecimal>> budgeted = new HashMap<>();
        Map<Participation, List<BigDecimal>> shares = new HashMap<>();
        Map<String, BigDecimal> sharesByWorkPackage = new HashMap<>();
        if (terms.lumpSum()) {
            for (LumpSumShare share : budgets.lumpSums(project)) {
                beneficiaries.add(share.beneficiary);
                shares.computeIfAbsent(share.beneficiary, b -> new ArrayList<>())
                        .add(share.amount);
                sharesByWorkPackage.merge(share.workPackage.code(), share.amount, BigDecimal::add);
            }
        } else {
            for (BudgetLine line : budgets.lines(project)) {
                beneficiaries.add(line.beneficiary);
                budgeted.computeIfAbsent(line.beneficiary, b -> new TreeMap<>()).put(line.category.code, line.amount);
            }
        }
        Map<String, BigDecimal> plannedMonths = new HashMap<>();
        budgets.efforts(project)
                .forEach(e -> plannedMonths.merge(e.workPackage.code(), e.personMonths, BigDecimal::add));

        Map<Participation, Map<String, BigDecimal>> declared = new HashMap<>();
        Map<Participation, Figures> declaredFigures = new HashMap<>();
        Map<String, BigDecimal> declaredMonths = new HashMap<>();
        Map<String, BigDecimal> released = new HashMap<>();
        for (FinancialStatement statement : statements.upTo(project, Integer.MAX_VALUE)) {
            if (statement.status != StatementStatus.ACCEPTED) {
                continue;
            }
            StatementView frozen = statement.frozen();
            beneficiaries.add(statement.beneficiary);
            Map<String, BigDecimal> costs = declared.computeIfAbsent(statement.beneficiary, b -> new TreeMap<>());
            frozen.costs().forEach(c -> costs.merge(c.category(), c.amount(), BigDecimal::add));
            declaredFigures.merge(statement.beneficiary, frozen.figures(), Figures::plus);
            frozen.effort().forEach(e -> declaredMonths.merge(e.workPackage(), e.personMonths(), BigDecimal::add));
            frozen.shares().stream()
                    .filter(StatementView.Share::completed)
                    .forEach(share -> released.merge(share.workPackage(), share.amount(), BigDecimal::add));
        }

        LocalDate asOf = lastEndedPeriod(project);
        BigDecimal elapsed = asOf == null
                ? BigDecimal.ZERO.setScale(2)
                : FinanceRules.percent(
                        BigDecimal.valueOf(project.monthOf(asOf)), BigDecimal.valueOf(project.durationMonths()));

        List<FinanceView.Row> rows = new ArrayList<>();
        Figures budgetTotal = Figures.ZERO;
        Figures declaredTotal = Figures.ZERO;
        Map<String, BigDecimal> budgetByCategory = new TreeMap<>();
        Map<String, BigDecimal> declaredByCategory = new TreeMap<>();
        for (Participation beneficiary : beneficiaries) {
            Map<String, BigDecimal> budget = budgeted.getOrDefault(beneficiary, Map.of());
            Map<String, BigDecimal> spent = declared.getOrDefault(beneficiary, Map.of());
            Figures planned = terms.lumpSum()
                    ? GrantArithmetic.lumpSum(shares.getOrDefault(beneficiary, List.of()))
                    : GrantArithmetic.figures(
                            budget.entrySet().stream()
                                    .map(e ->
                                            new Cost(kinds.getOrDefault(e.getKey(), CategoryKind.OTHER), e.getValue()))
                                    .toList(),
                            rates);
            Figures actual = declaredFigures.getOrDefault(beneficiary, Figures.ZERO);
            budgetTotal = budgetTotal.plus(planned);
            declaredTotal = declaredTotal.plus(actual);
            budget.forEach((code, amount) -> budgetByCategory.merge(code, amount, BigDecimal::add));
            spent.forEach((code, amount) -> declaredByCategory.merge(code, amount, BigDecimal::add));
            String code = beneficiary.code();
            boolean detailed = FinanceRules.showsDetail(standing, code, terms.detailsShared);
            rows.add(row(code, detailed, budget, spent, planned, actual, elapsed));
        }
        FinanceView.Row consortium =
                row(null, true, budgetByCategory, declaredByCategory, budgetTotal, declaredTotal, elapsed);

        List<FinanceView.WorkPackageRow> workPackageRows = new ArrayList<>();
        for (WorkPackage workPackage : workPackages.all(project)) {
            BigDecimal planned = plannedMonths.get(workPackage.code());
            BigDecimal spent = declaredMonths.getOrDefault(workPackage.code(), BigDecimal.ZERO.setScale(2));
            BigDecimal share = planned == null ? null : FinanceRules.percent(spent, planned);
            workPackageRows.add(new FinanceView.WorkPackageRow(
                    workPackage.code(),
                    workPackage.title,
                    planned,
                    spent,
                    share,
                    FinanceRules.deviation(share, elapsed),
                    terms.lumpSum() ? sharesByWorkPackage.get(workPackage.code()) : null,
                    terms.lumpSum() ? released.getOrDefault(workPackage.code(), BigDecimal.ZERO.setScale(2)) : null));
        }
        List<String> shown = categories.stream()
                .map(c -> c.code)
                .filter(code -> budgetByCategory.containsKey(code) || declaredByCategory.containsKey(code))
                .toList();
        return new FinanceView(
                true,
                terms.currency,
                terms.lumpSum(),
                asOf,
                elapsed,
                shown,
                rows,
                consortium,
                workPackageRows,
                chart(rows, elapsed));
    }

    private static FinanceView.Row row(
            String beneficiary,
            boolean detailed,
            Map<String, BigDecimal> budget,
            Map<String, BigDecimal> spent,
            Figures planned,
            Figures actual,
            BigDecimal elapsed) {
        BigDecimal consumed = FinanceRules.percent(actual.eligible(), planned.eligible());
        return new FinanceView.Row(
                beneficiary,
                detailed,
                detailed ? new LinkedHashMap<>(budget) : Map.of(),
                detailed ? new LinkedHashMap<>(spent) : Map.of(),
                detailed ? planned.eligible() : null,
                detailed ? actual.eligible() : null,
                detailed ? actual.requested() : null,
                detailed ? consumed : null,
                detailed ? FinanceRules.forecastAtCompletion(actual.eligible(), elapsed) : null,
                detailed ? FinanceRules.deviation(consumed, elapsed) : null);
    }

    /** Bars scaled to the largest budget, the detailed beneficiaries only. */
    private static FinanceView.Chart chart(List<FinanceView.Row> rows, BigDecimal elapsed) {
        List<FinanceView.Row> shown =
                rows.stream().filter(FinanceView.Row::detailed).toList();
        BigDecimal largest = shown.stream()
                .map(r -> r.budget().max(r.declared()))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        int plot = CHART_WIDTH - CHART_LABEL - 8;
        List<FinanceView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            FinanceView.Row row = shown.get(i);
            int y = 8 + i * (BAR + BAR_GAP);
            int budgetWidth = scale(row.budget(), largest, plot);
            bars.add(new FinanceView.Bar(
                    row.beneficiary(),
                    y,
                    budgetWidth,
                    scale(row.declared(), largest, plot),
                    elapsed.signum() == 0
                            ? null
                            : CHART_LABEL
                                    + elapsed.multiply(BigDecimal.valueOf(budgetWidth))
                                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                                            .intValue(),
                    y + BAR - 5,
                    row.deviation() != null));
        }
        return new FinanceView.Chart(CHART_WIDTH, 16 + shown.size() * (BAR + BAR_GAP), CHART_LABEL, bars);
    }

    private static int scale(BigDecimal amount, BigDecimal largest, int plot) {
        return largest.signum() == 0
                ? 0
                : amount.multiply(BigDecimal.valueOf(plot))
                        .divide(largest, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    /** The end of the last reporting period that has ended; null when none has. */
    private LocalDate lastEndedPeriod(Project project) {
        LocalDate today = LocalDate.now(clock);
        return periods.page(project, PageRequest.largest()).items().stream()
                .map(ReportingPeriodView::endDate)
                .filter(end -> end.isBefore(today))
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
