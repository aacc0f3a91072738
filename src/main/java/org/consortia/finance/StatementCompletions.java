package org.consortia.finance;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortia.common.ConflictProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.consortia.workpackage.WorkPackage;
import org.consortia.workpackage.WorkPackageService;

/**
 * The work packages a lump-sum statement declares completed (docs/finances.md, "Lump sums"): only those in which the
 * beneficiary has a share, and each once across its statements; the shares of those completed are the statement's
 * figures ({@link GrantArithmetic#lumpSum}).
 */
@ApplicationScoped
class StatementCompletions {

    private final StatementRepository statements;
    private final BudgetRepository budgets;
    private final WorkPackageService workPackages;

    StatementCompletions(StatementRepository statements, BudgetRepository budgets, WorkPackageService workPackages) {
        this.statements = statements;
        this.budgets = budgets;
        this.workPackages = workPackages;
    }

    /**
     * Checks the work packages {@code statement} (null before its first writing) declares completed: 400 naming
     * {@code completed[i]} for an unknown one, one listed twice, one in which the beneficiary has no share, or one
     * another of its statements declares. Returns them by code.
     */
    Map<String, WorkPackage> check(
            Project project, Participation beneficiary, FinancialStatement statement, List<String> completed) {
        Map<Long, LumpSumShare> shares = shares(project, beneficiary);
        Map<Long, Integer> elsewhere = declaredElsewhere(statements.completions(beneficiary), statement);
        Map<String, WorkPackage> byCode = new HashMap<>();
        for (int i = 0; i < completed.size(); i++) {
            String code = completed.get(i);
            String field = "completed[" + i + "]";
            if (byCode.containsKey(code)) {
                throw new InvalidDataProblem(field, code + " is listed twice");
            }
            WorkPackage workPackage = workPackages.require(project, code, field);
            if (!shares.containsKey(workPackage.id)) {
                throw new InvalidDataProblem(field, beneficiary.code() + " has no lump-sum share in " + code);
            }
            if (elsewhere.containsKey(workPackage.id)) {
                throw new InvalidDataProblem(field, alreadyDeclared(code, elsewhere.get(workPackage.id)));
            }
            byCode.put(code, workPackage);
        }
        return byCode;
    }

    /**
     * At submission: 409 when another statement of the beneficiary was submitted with one of these since. Holds the
     * beneficiary until the submission commits, so that two submissions do not both pass.
     */
    void requireFirst(FinancialStatement statement) {
        statements.lockCompletions(statement.beneficiary);
        List<StatementCompletion> completions = statements.completions(statement.beneficiary);
        Map<Long, Integer> elsewhere = declaredElsewhere(completions, statement);
        for (StatementCompletion completion : completions) {
            if (completion.statement.id.equals(statement.id) && elsewhere.containsKey(completion.workPackage.id)) {
                throw new ConflictProblem(
                        "completed",
                        alreadyDeclared(completion.workPackage.code(), elsewhere.get(completion.workPackage.id)));
            }
        }
    }

    /** The beneficiary's shares, work package by work package, and what {@code statement} declares of them. */
    List<StatementView.Share> rows(Project project, Participation beneficiary, FinancialStatement statement) {
        List<StatementCompletion> completions = statements.completions(beneficiary);
        Map<Long, Integer> elsewhere = declaredElsewhere(completions, statement);
        Set<Long> completed = new HashSet<>();
        completions.stream()
                .filter(c -> statement != null && c.statement.id.equals(statement.id))
                .forEach(c -> completed.add(c.workPackage.id));
        Map<Long, LumpSumShare> shares = shares(project, beneficiary);
        List<StatementView.Share> rows = new ArrayList<>();
        for (WorkPackage workPackage : workPackages.all(project)) {
            LumpSumShare share = shares.get(workPackage.id);
            if (share != null) {
                rows.add(new StatementView.Share(
                        workPackage.code(),
                        workPackage.title,
                        share.amount,
                        completed.contains(workPackage.id),
                        elsewhere.get(workPackage.id)));
            }
        }
        return rows;
    }

    /** The shares of the work packages the rows declare completed. */
    static List<BigDecimal> released(List<StatementView.Share> rows) {
        return rows.stream()
                .filter(StatementView.Share::completed)
                .map(StatementView.Share::amount)
                .toList();
    }

    private Map<Long, LumpSumShare> shares(Project project, Participation beneficiary) {
        Map<Long, LumpSumShare> shares = new HashMap<>();
        budgets.lumpSums(project).stream()
                .filter(s -> s.beneficiary.id.equals(beneficiary.id))
                .forEach(s -> shares.put(s.workPackage.id, s));
        return shares;
    }

    /** The work packages the beneficiary's other statements, submitted or accepted, declare: the period of each. */
    private static Map<Long, Integer> declaredElsewhere(
            List<StatementCompletion> completions, FinancialStatement statement) {
        Map<Long, Integer> elsewhere = new HashMap<>();
        for (StatementCompletion completion : completions) {
            boolean other = statement == null || !completion.statement.id.equals(statement.id);
            if (other && completion.statement.status != StatementStatus.DRAFT) {
                elsewhere.put(completion.workPackage.id, completion.statement.period.number);
            }
        }
        return elsewhere;
    }

    private static String alreadyDeclared(String code, int period) {
        return code + " is declared completed in the statement of period " + period;
    }
}
