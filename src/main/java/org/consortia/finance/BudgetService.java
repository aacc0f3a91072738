package org.consortia.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.InvalidDataProblem;
import org.consortia.finance.GrantArithmetic.Cost;
import org.consortia.finance.GrantArithmetic.Figures;
import org.consortia.finance.GrantArithmetic.Rates;
import org.consortia.partner.Participation;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;
import org.consortia.project.ProjectStatus;
import org.consortia.security.Standing;
import org.consortia.workpackage.WorkPackage;
import org.consortia.workpackage.WorkPackageService;

/**
 * A project's budget: the grant's terms, categories, each beneficiary's estimated costs and planned effort. Read in a
 * fixed number of queries; written whole, checked first (nothing is written when anything is wrong), and, once the
 * project is under way, only as it stands: a change after signature is an amendment (docs/finances.md).
 */
@ApplicationScoped
public class BudgetService {

    private final BudgetRepository budgets;
    private final StatementRepository statements;
    private final PartnerService partners;
    private final WorkPackageService workPackages;
    private final ActivityLog activity;

    BudgetService(
            BudgetRepository budgets,
            StatementRepository statements,
            PartnerService partners,
            WorkPackageService workPackages,
            ActivityLog activity) {
        this.budgets = budgets;
        this.statements = statements;
        this.partners = partners;
        this.workPackages = workPackages;
        this.activity = activity;
    }

    /**
     * The budget as {@code standing} reads it: everything for the coordinator (and an administrator); for a partner's
     * staff their own organisation's detail and the others' effort, unless the consortium shares every detail.
     */
    public BudgetView get(Project project, Standing standing) {
        List<CostCategory> categories = budgets.categories(project);
        return budgets.terms(project)
                .map(terms -> view(
                        terms,
                        categories,
                        budgets.lines(project),
                        budgets.efforts(project),
                        budgets.lumpSums(project),
                        code -> FinanceRules.showsDetail(standing, code, terms.detailsShared)))
                .orElseGet(() -> new BudgetView(
                        false,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        false,
                        BudgetInput.EU_CATEGORIES,
                        List.of(),
                        new BudgetView.Totals(
                                Map.of(),
                                Figures.ZERO,
                                Map.of(),
                                BigDecimal.ZERO.setScale(2),
                                Map.of(),
                                BigDecimal.ZERO.setScale(2)),
                        0));
    }

    /** The budget as a plan document lists it; null while there is none. */
    public BudgetInput export(Project project) {
        return budgets.terms(project)
                .map(terms -> input(
                        terms,
                        budgets.categories(project),
                        budgets.lines(project),
                        budgets.efforts(project),
                        budgets.lumpSums(project)))
                .orElse(null);
    }

    /**
     * Replaces the budget with {@code input}, checked whole first (400 naming the field). Once the project is under way
     * the budget is contractual: an input that changes a stored one is a 409 (the first one is entered whenever the
     * consortium starts to keep it here; later ones by an amendment, {@link #amend}).
     */
    @Transactional
    public void replace(Project project, String ifMatch, BudgetInput input) {
        Checked wanted = checked(project, input);
        BudgetInput current = export(project);
        if (current != null && comparable(wanted.input()).equals(comparable(current))) {
            return;
        }
        if (current != null && project.status != ProjectStatus.DRAFT) {
            throw new ConflictProblem(
                    "budget",
                    "the budget of " + project.acronym + " is part of its signed grant agreement: once the project is"
                            + " under way it changes only by an amendment (request one with the new budget)");
        }
        write(project, ifMatch, wanted, "REPLACED");
    }

    /**
     * A budget proposed by an amendment, checked whole (400 naming the field under {@code budget}) and normalised as
     * it will be written: 409 while the project has no budget (its first one is entered directly), 400 when it is the
     * budget as it stands.
     */
    public BudgetInput proposal(Project project, BudgetInput input) {
        BudgetInput current = export(project);
        if (current == null) {
            throw new ConflictProblem(
                    "budget",
                    project.acronym + " has no budget yet: its first budget is entered directly, not amended");
        }
        Checked wanted;
        try {
            wanted = checked(project, input);
        } catch (InvalidDataProblem problem) {
            throw problem.under("budget");
        }
        if (comparable(wanted.input()).equals(comparable(current))) {
            throw new InvalidDataProblem("budget", "is the budget of " + project.acronym + " as it stands");
        }
        if (statements.hasStatements(project)) {
            // What the statements declared is counted in the grant's currency and model: they stay.
            if (!wanted.input().currency().equals(current.currency())) {
                throw new InvalidDataProblem(
                        "budget.currency",
                        project.acronym + "'s statements are in " + current.currency() + ": the currency stays");
            }
            if (wanted.input().fundingModel() != current.fundingModel()) {
                throw new InvalidDataProblem(
                        "budget.fundingModel",
                        project.acronym + "'s statements declare " + current.fundingModel()
                                + ": the funding model stays");
            }
        }
        return wanted.input();
    }

    /**
     * Writes the budget of an approved amendment over the stored one, whatever the project's status: 409 when the
     * budget is no longer {@code previous}, the one the amendment was requested against, or when the proposed one no
     * longer fits the plan (a partner or a work package it names has left).
     */
    @Transactional
    public void amend(Project project, BudgetInput previous, BudgetInput approved) {
        BudgetInput current = export(project);
        if (current == null || !comparable(current).equals(comparable(previous))) {
            throw new ConflictProblem(
                    "decision",
                    "the budget of " + project.acronym + " changed since this amendment was requested: request"
                            + " another against the budget as it stands");
        }
        write(project, null, stillFitting(project, approved, "decision"), "AMENDED");
    }

    /**
     * A budget an amendment holds (the one proposed, or the one it was requested against) as {@code standing} reads
     * it: as the budget itself, but whoever decides the amendment (the funder's reviewer, on most grants) reads every
     * beneficiary's detail ({@link FinanceRules#showsProposedDetail}). 409 when it no longer fits the plan.
     */
    public BudgetView proposed(Project project, BudgetInput proposal, Standing standing) {
        Lines lines = lines(project, new GrantTerms(), stillFitting(project, proposal, "budget"));
        return view(
                lines.terms(),
                lines.categories(),
                lines.costs(),
                lines.efforts(),
                lines.shares(),
                code -> FinanceRules.showsProposedDetail(
                        standing, project.acceptanceAuthority, code, lines.terms().detailsShared));
    }

    /**
     * A budget an amendment holds, checked against the plan as it is now: 409 on {@code field} when it no longer fits
     * (a partner or a work package it names has left).
     */
    private Checked stillFitting(Project project, BudgetInput budget, String field) {
        try {
            return checked(project, budget);
        } catch (InvalidDataProblem problem) {
            throw new ConflictProblem(
                    field,
                    "the amendment's budget no longer fits the plan of " + project.acronym + ": "
                            + problem.getMessage());
        }
    }

    /** A budget input checked against the project and in itself, normalised, with the partners and work packages it names. */
    private record Checked(
            BudgetInput input, Map<String, Participation> beneficiaries, Map<String, WorkPackage> workPackages) {}

    private Checked checked(Project project, BudgetInput input) {
        BudgetInput wanted = normalised(input);
        Map<String, Participation> beneficiaries = beneficiaries(project, wanted);
        Map<String, WorkPackage> workPackagesByCode = workPackages(project, wanted);
        check(wanted);
        return new Checked(wanted, beneficiaries, workPackagesByCode);
    }

    /** A budget's rows, built from its input and not yet stored. */
    private record Lines(
            GrantTerms terms,
            List<CostCategory> categories,
            List<BudgetLine> costs,
            List<PlannedEffort> efforts,
            List<LumpSumShare> shares) {}

    /** The rows of {@code wanted}, its terms set on {@code terms}. */
    private static Lines lines(Project project, GrantTerms terms, Checked wanted) {
        BudgetInput input = wanted.input();
        terms.project = project;
        terms.currency = input.currency();
        terms.fundingModel = input.fundingModel();
        terms.fundingRate = input.fundingRate();
        terms.indirectRate = input.indirectRate();
        terms.indirectExcludesSubcontracting = input.indirectExcludesSubcontracting();
        terms.maxGrant = input.maxGrant();
        terms.detailsShared = input.detailsShared();
        List<CostCategory> categories = new ArrayList<>();
        Map<String, CostCategory> byCode = new HashMap<>();
        for (int i = 0; i < input.categories().size(); i++) {
            BudgetInput.Category typed = input.categories().get(i);
            CostCategory category = new CostCategory();
            category.project = project;
            category.code = typed.code();
            category.name = typed.name();
            category.kind = typed.kind();
            category.position = i;
            categories.add(category);
            byCode.put(category.code, category);
        }
        List<BudgetLine> costs = new ArrayList<>();
        List<PlannedEffort> efforts = new ArrayList<>();
        List<LumpSumShare> shares = new ArrayList<>();
        for (BudgetInput.Beneficiary typed : input.beneficiaries()) {
            Participation beneficiary = wanted.beneficiaries().get(typed.organisation());
            typed.costs().forEach((code, amount) -> {
                BudgetLine line = new BudgetLine();
                line.project = project;
                line.beneficiary = beneficiary;
                line.category = byCode.get(code);
                line.amount = amount;
                costs.add(line);
            });
            typed.effort().forEach((code, personMonths) -> {
                PlannedEffort effort = new PlannedEffort();
                effort.project = project;
                effort.beneficiary = beneficiary;
                effort.workPackage = wanted.workPackages().get(code);
                effort.personMonths = personMonths;
                efforts.add(effort);
            });
            typed.lumpSums().forEach((code, amount) -> {
                LumpSumShare share = new LumpSumShare();
                share.project = project;
                share.beneficiary = beneficiary;
                share.workPackage = wanted.workPackages().get(code);
                share.amount = amount;
                shares.add(share);
            });
        }
        return new Lines(terms, categories, costs, efforts, shares);
    }

    /** Stores {@code wanted} in place of the project's budget; the trail says {@code action}, who and when. */
    private void write(Project project, String ifMatch, Checked wanted, String action) {
        GrantTerms terms = budgets.terms(project).orElseGet(GrantTerms::new);
        if (terms.id != null) {
            EntityTags.requireMatch(ifMatch, terms.version);
            budgets.moveVersionOn(terms);
        }
        Lines lines = lines(project, terms, wanted);
        budgets.clear(project);
        if (terms.id == null) {
            budgets.persist(terms);
        }
        lines.categories().forEach(budgets::persist);
        lines.costs().forEach(budgets::persist);
        lines.efforts().forEach(budgets::persist);
        lines.shares().forEach(budgets::persist);
        budgets.flush();
        // Who changed it when, not the figures: the whole consortium reads the trail, not every beneficiary's costs.
        activity.record(project, Subject.budget(project.acronym), action, null, null);
    }

    /**
     * Checks what the input says of itself: a currency ISO 4217 knows, categories each once, costs in categories of
     * the project, and requested contributions (in a lump-sum grant, the lump-sum shares, which only such a grant has)
     * that add up to the maximum grant when one is stated. The consortium's figures.
     */
    static Figures check(BudgetInput input) {
        try {
            Currency.getInstance(input.currency());
        } catch (IllegalArgumentException e) {
            throw new InvalidDataProblem("currency", input.currency() + " is not an ISO 4217 currency");
        }
        Map<String, CategoryKind> kinds = new LinkedHashMap<>();
        for (BudgetInput.Category category : input.categories()) {
            if (kinds.put(category.code(), category.kind()) != null) {
                throw new InvalidDataProblem("categories", category.code() + " is listed twice");
            }
        }
        Set<String> organisations = new HashSet<>();
        Rates rates = rates(input);
        Figures total = Figures.ZERO;
        BigDecimal lumpSum = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < input.beneficiaries().size(); i++) {
            BudgetInput.Beneficiary beneficiary = input.beneficiaries().get(i);
            String field = "beneficiaries[" + i + "]";
            if (!organisations.add(beneficiary.organisation())) {
                throw new InvalidDataProblem(field + ".organisation", beneficiary.organisation() + " is listed twice");
            }
            List<Cost> costs = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> cost : beneficiary.costs().entrySet()) {
                CategoryKind kind = kinds.get(cost.getKey());
                if (kind == null) {
                    throw new InvalidDataProblem(
                            field + ".costs",
                            cost.getKey() + " is not a cost category of the project ("
                                    + String.join(", ", kinds.keySet()) + ")");
                }
                costs.add(new Cost(kind, cost.getValue()));
            }
            total = total.plus(GrantArithmetic.figures(costs, rates));
            if (!beneficiary.lumpSums().isEmpty() && input.fundingModel() != FundingModel.LUMP_SUM) {
                throw new InvalidDataProblem(
                        field + ".lumpSums",
                        "only a lump-sum grant has lump-sum shares; this one is " + input.fundingModel());
            }
            lumpSum = lumpSum.add(sum(beneficiary.lumpSums()));
        }
        if (input.fundingModel() == FundingModel.LUMP_SUM) {
            if (input.maxGrant() != null && lumpSum.compareTo(input.maxGrant()) != 0) {
                throw new InvalidDataProblem(
                        "maxGrant",
                        "the beneficiaries' lump-sum shares add up to " + lumpSum + " " + input.currency()
                                + ", not the maximum grant of " + input.maxGrant());
            }
            return total;
        }
        if (input.maxGrant() != null && total.requested().compareTo(input.maxGrant()) != 0) {
            throw new InvalidDataProblem(
                    "maxGrant",
                    "the beneficiaries' requested contributions add up to " + total.requested() + " " + input.currency()
                            + ", not the maximum grant of " + input.maxGrant());
        }
        return total;
    }

    private Map<String, Participation> beneficiaries(Project project, BudgetInput input) {
        List<String> codes = input.beneficiaries().stream()
                .map(BudgetInput.Beneficiary::organisation)
                .toList();
        Map<String, Participation> byCode = new HashMap<>();
        partners.requireAll(project, codes, "beneficiaries").forEach(p -> byCode.put(p.code(), p));
        return byCode;
    }

    private Map<String, WorkPackage> workPackages(Project project, BudgetInput input) {
        Map<String, WorkPackage> byCode = new HashMap<>();
        for (int i = 0; i < input.beneficiaries().size(); i++) {
            BudgetInput.Beneficiary beneficiary = input.beneficiaries().get(i);
            for (String code : beneficiary.effort().keySet()) {
                if (!byCode.containsKey(code)) {
                    byCode.put(code, workPackages.require(project, code, "beneficiaries[" + i + "].effort"));
                }
            }
            for (String code : beneficiary.lumpSums().keySet()) {
                if (!byCode.containsKey(code)) {
                    byCode.put(code, workPackages.require(project, code, "beneficiaries[" + i + "].lumpSums"));
                }
            }
        }
        return byCode;
    }

    /** The input with its defaults filled in and its amounts to the cent, so that equal budgets compare equal. */
    private static BudgetInput normalised(BudgetInput input) {
        return new BudgetInput(
                input.currency() == null ? "EUR" : input.currency(),
                input.fundingModel(),
                cents(input.fundingRate()),
                input.indirectRate() == null ? cents(BigDecimal.ZERO) : cents(input.indirectRate()),
                input.indirectExcludesSubcontracting() == null || input.indirectExcludesSubcontracting(),
                input.maxGrant() == null ? null : cents(input.maxGrant()),
                input.detailsShared() != null && input.detailsShared(),
                input.categories(),
                input.beneficiaries().stream()
                        .map(b -> new BudgetInput.Beneficiary(
                                b.organisation(), cents(b.costs()), cents(b.effort()), cents(b.lumpSums())))
                        .toList());
    }

    /** The budget with its beneficiaries in one order and those without a line left out: to compare two. */
    private static BudgetInput comparable(BudgetInput input) {
        return new BudgetInput(
                input.currency(),
                input.fundingModel(),
                input.fundingRate(),
                input.indirectRate(),
                input.indirectExcludesSubcontracting(),
                input.maxGrant(),
                input.detailsShared(),
                input.categories(),
                input.beneficiaries().stream()
                        .filter(b -> !b.costs().isEmpty()
                                || !b.effort().isEmpty()
                                || !b.lumpSums().isEmpty())
                        .sorted(Comparator.comparing(BudgetInput.Beneficiary::organisation))
                        .toList());
    }

    private static Rates rates(BudgetInput input) {
        return new Rates(input.fundingRate(), input.indirectRate(), input.indirectExcludesSubcontracting());
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2);
    }

    private static Map<String, BigDecimal> cents(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> exact = new TreeMap<>();
        amounts.forEach((code, amount) -> exact.put(code, cents(amount)));
        return exact;
    }

    /** One beneficiary's stored lines: costs by category code, person-months and lump-sum shares by work package. */
    private record Stored(
            Participation beneficiary,
            Map<String, BigDecimal> costs,
            Map<String, BigDecimal> effort,
            Map<String, BigDecimal> lumpSums) {}

    /** The stored lines, effort and shares, grouped by beneficiary in partner-number order. */
    private static List<Stored> byBeneficiary(
            List<BudgetLine> lines, List<PlannedEffort> efforts, List<LumpSumShare> shares) {
        Map<Participation, Stored> grouped = new TreeMap<>(Comparator.comparingInt(p -> p.partnerNumber));
        for (BudgetLine line : lines) {
            grouped.computeIfAbsent(line.beneficiary, BudgetService::stored)
                    .costs()
                    .put(line.category.code, line.amount);
        }
        for (PlannedEffort planned : efforts) {
            grouped.computeIfAbsent(planned.beneficiary, BudgetService::stored)
                    .effort()
                    .put(planned.workPackage.code(), planned.personMonths);
        }
        for (LumpSumShare share : shares) {
            grouped.computeIfAbsent(share.beneficiary, BudgetService::stored)
                    .lumpSums()
                    .put(share.workPackage.code(), share.amount);
        }
        return List.copyOf(grouped.values());
    }

    private static Stored stored(Participation beneficiary) {
        return new Stored(beneficiary, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    private static List<BudgetInput.Category> categories(List<CostCategory> categories) {
        return categories.stream()
                .map(c -> new BudgetInput.Category(c.code, c.name, c.kind))
                .toList();
    }

    private static BudgetInput input(
            GrantTerms terms,
            List<CostCategory> categories,
            List<BudgetLine> lines,
            List<PlannedEffort> efforts,
            List<LumpSumShare> shares) {
        return new BudgetInput(
                terms.currency,
                terms.fundingModel,
                terms.fundingRate,
                terms.indirectRate,
                terms.indirectExcludesSubcontracting,
                terms.maxGrant,
                terms.detailsShared,
                categories(categories),
                byBeneficiary(lines, efforts, shares).stream()
                        .map(b -> new BudgetInput.Beneficiary(
                                b.beneficiary().code(), b.costs(), b.effort(), b.lumpSums()))
                        .toList());
    }

    private static BudgetView view(
            GrantTerms terms,
            List<CostCategory> categories,
            List<BudgetLine> lines,
            List<PlannedEffort> efforts,
            List<LumpSumShare> shares,
            Predicate<String> detailed) {
        Map<String, CategoryKind> kinds = CostCategory.kinds(categories);
        Rates rates = terms.rates();
        Figures total = Figures.ZERO;
        Map<String, BigDecimal> totalCosts = new TreeMap<>();
        Map<String, BigDecimal> totalEffort = new TreeMap<>();
        Map<String, BigDecimal> totalLumpSums = new TreeMap<>();
        List<BudgetView.Beneficiary> rows = new ArrayList<>();
        for (Stored b : byBeneficiary(lines, efforts, shares)) {
            Figures figures = GrantArithmetic.figures(
                    b.costs().entrySet().stream()
                            .map(cost -> new Cost(kinds.get(cost.getKey()), cost.getValue()))
                            .toList(),
                    rates);
            total = total.plus(figures);
            b.costs().forEach((code, amount) -> totalCosts.merge(code, amount, BigDecimal::add));
            b.effort().forEach((code, months) -> totalEffort.merge(code, months, BigDecimal::add));
            b.lumpSums().forEach((code, amount) -> totalLumpSums.merge(code, amount, BigDecimal::add));
            String organisation = b.beneficiary().code();
            boolean shown = detailed.test(organisation);
            rows.add(new BudgetView.Beneficiary(
                    organisation,
                    b.beneficiary().partnerNumber,
                    shown,
                    shown ? b.costs() : Map.of(),
                    shown ? figures : null,
                    b.effort(),
                    sum(b.effort()),
                    shown ? b.lumpSums() : Map.of(),
                    shown ? sum(b.lumpSums()) : null));
        }
        return new BudgetView(
                true,
                terms.currency,
                terms.fundingModel,
                terms.fundingRate,
                terms.indirectRate,
                terms.indirectExcludesSubcontracting,
                terms.maxGrant,
                terms.detailsShared,
                categories(categories),
                rows,
                new BudgetView.Totals(
                        totalCosts, total, totalEffort, sum(totalEffort), totalLumpSums, sum(totalLumpSums)),
                terms.version);
    }

    private static BigDecimal sum(Map<String, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
