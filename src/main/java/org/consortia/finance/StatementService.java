package org.consortia.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.CanonicalJson;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.Sha256;
import org.consortia.common.Texts;
import org.consortia.finance.GrantArithmetic.Cost;
import org.consortia.finance.GrantArithmetic.Figures;
import org.consortia.finance.GrantArithmetic.Rates;
import org.consortia.partner.Participation;
import org.consortia.partner.PartnerRemoving;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;
import org.consortia.reportingperiod.ReportingPeriodRemoving;
import org.consortia.reportingperiod.ReportingPeriodService;
import org.consortia.security.Standing;
import org.consortia.timesheet.TimesheetRules;
import org.consortia.timesheet.TimesheetService;
import org.consortia.workpackage.WorkPackage;
import org.consortia.workpackage.WorkPackageRemoving;
import org.consortia.workpackage.WorkPackageService;

/**
 * Beneficiaries' financial statements, one per reporting period (docs/finances.md): written by the beneficiary's
 * staff once the period has ended, submitted, then accepted by the coordinator (frozen as canonical JSON with its
 * SHA-256, read by the funder from then on) or sent back with a comment.
 */
@ApplicationScoped
public class StatementService {

    private final StatementRepository statements;
    private final BudgetRepository budgets;
    private final ReportingPeriodService periods;
    private final PartnerService partners;
    private final WorkPackageService workPackages;
    private final TimesheetService timesheets;
    private final StatementCompletions completions;
    private final ActivityLog activity;
    private final Clock clock;

    StatementService(
            StatementRepository statements,
            BudgetRepository budgets,
            ReportingPeriodService periods,
            PartnerService partners,
            WorkPackageService workPackages,
            TimesheetService timesheets,
            StatementCompletions completions,
            ActivityLog activity,
            Clock clock) {
        this.statements = statements;
        this.budgets = budgets;
        this.periods = periods;
        this.partners = partners;
        this.workPackages = workPackages;
        this.timesheets = timesheets;
        this.completions = completions;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * The statement of {@code beneficiary} for {@code period} as {@code standing} reads it; an empty draft (version 0)
     * while nothing is declared. 404 for what the reader may not see: another beneficiary's, unless the consortium
     * shares every detail; for the funder's side, anything not accepted.
     */
    public StatementView get(Project project, int period, String beneficiary, Standing standing) {
        Context context = context(project, period, beneficiary, standing);
        Optional<FinancialStatement> stored = statements.find(context.period(), context.beneficiary());
        StatementStatus status = stored.map(s -> s.status).orElse(StatementStatus.DRAFT);
        if (!StatementRules.reads(standing, beneficiary, context.terms().detailsShared, status)) {
            throw notFound(period, beneficiary);
        }
        return view(context, stored, standing);
    }

    /**
     * Replaces the declared costs, justifications, typed person-months and explanation, checked whole first (400
     * naming the field). Only the beneficiary's staff (or an administrator) write it, once the period has ended and
     * while it is a draft (409 otherwise); with {@code If-Match}, only as last read (412).
     */
    @Transactional
    public void replace(
            Project project, int period, String beneficiary, Standing standing, String ifMatch, StatementInput input) {
        Context context = context(project, period, beneficiary, standing);
        requireDeclarer(context, standing);
        Optional<FinancialStatement> stored = statements.find(context.period(), context.beneficiary());
        if (stored.isPresent()) {
            EntityTags.requireMatch(ifMatch, stored.get().version);
            requireDraft(stored.get(), period, beneficiary);
        }
        requireEnded(context);
        Map<String, CostCategory> categories = check(context, input);
        Map<String, WorkPackage> typed = checkEffort(project, input);
        Map<String, WorkPackage> completed =
                completions.check(project, context.beneficiary(), stored.orElse(null), input.completedOrNone());
        FinancialStatement statement = stored.orElseGet(() -> {
            FinancialStatement created = new FinancialStatement();
            created.project = project;
            created.beneficiary = context.beneficiary();
            created.period = context.period();
            statements.persist(created);
            return created;
        });
        if (stored.isPresent()) {
            statements.deleteLines(statement);
            statements.moveVersionOn(statement);
        }
        statement.explanation = Texts.strippedOrNull(input.explanation());
        input.costsOrNone().forEach((code, amount) -> {
            StatementCost cost = new StatementCost();
            cost.statement = statement;
            cost.categoryCode = categories.get(code).code;
            cost.amount = amount.setScale(2);
            cost.justification =
                    Texts.strippedOrNull(input.justificationsOrNone().get(code));
            statements.persist(cost);
        });
        for (StatementInput.Effort given : input.effortOrNone()) {
            StatementEffort effort = new StatementEffort();
            effort.statement = statement;
            effort.workPackage = typed.get(given.workPackage());
            effort.personMonths = given.personMonths().setScale(2);
            effort.typed = true;
            effort.reason = given.reason().strip();
            statements.persist(effort);
        }
        for (WorkPackage workPackage : completed.values()) {
            StatementCompletion completion = new StatementCompletion();
            completion.statement = statement;
            completion.workPackage = workPackage;
            statements.persist(completion);
        }
        statements.flush();
        // The trail says who wrote it when, not what: the whole consortium reads the trail, not every statement.
        activity.record(project, Subject.statement(period, beneficiary, false), "WRITTEN", null, null);
    }

    /**
     * Submits the draft to the coordinator: the period has ended, the use of resources is explained and each cost the
     * rules ask about is justified (400 naming the field). The timesheets' person-months are fixed then.
     */
    @Transactional
    public void submit(Project project, int period, String beneficiary, Standing standing, String ifMatch, String by) {
        Context context = context(project, period, beneficiary, standing);
        requireDeclarer(context, standing);
        FinancialStatement statement = statements
                .find(context.period(), context.beneficiary())
                .orElseThrow(() -> new ConflictProblem(
                        "status", beneficiary + " has declared nothing for period " + period + " yet"));
        EntityTags.requireMatch(ifMatch, statement.version);
        requireDraft(statement, period, beneficiary);
        requireEnded(context);
        if (context.terms().lumpSum()) {
            completions.requireFirst(statement);
        }
        StatementView draft = view(context, Optional.of(statement), standing);
        if (draft.explanation() == null) {
            throw new InvalidDataProblem("explanation", "explain the use of resources of period " + period);
        }
        for (StatementView.Cost cost : draft.costs()) {
            if (cost.justificationNeeded() && cost.justification() == null) {
                throw new InvalidDataProblem(
                        "justifications." + cost.category(),
                        cost.category() + " (" + cost.name() + "): " + justificationRule(cost.kind()));
            }
        }
        Map<String, WorkPackage> byCode = new HashMap<>();
        workPackages.all(project).forEach(w -> byCode.put(w.code(), w));
        for (StatementView.Effort effort : draft.effort()) {
            if (!effort.typed()) {
                StatementEffort fixed = new StatementEffort();
                fixed.statement = statement;
                fixed.workPackage = byCode.get(effort.workPackage());
                fixed.personMonths = effort.personMonths();
                fixed.typed = false;
                statements.persist(fixed);
            }
        }
        statement.status = StatementStatus.SUBMITTED;
        statement.submittedAt = OffsetDateTime.now(clock);
        statement.submittedBy = by;
        statement.returnedComment = null;
        statements.flush();
        activity.record(project, Subject.statement(period, beneficiary, false), "SUBMITTED", null, null);
    }

    /**
     * The coordinator's decision on a submitted statement: accepted, it is frozen (canonical JSON and its SHA-256) and
     * reaches the funder; returned, it is a draft again with the coordinator's comment (required, 400).
     */
    @Transactional
    public void decide(
            Project project,
            int period,
            String beneficiary,
            Standing standing,
            String ifMatch,
            StatementDecisionInput input,
            String by) {
        Context context = context(project, period, beneficiary, standing);
        FinancialStatement statement = statements
                .find(context.period(), context.beneficiary())
                .filter(s -> StatementRules.reads(standing, beneficiary, context.terms().detailsShared, s.status))
                .orElseThrow(() -> notFound(period, beneficiary));
        if (!standing.managesPlan()) {
            throw new ForbiddenProblem("Only the coordinator of " + project.acronym + " checks its statements");
        }
        EntityTags.requireMatch(ifMatch, statement.version);
        if (statement.status != StatementStatus.SUBMITTED) {
            throw new ConflictProblem(
                    "status",
                    statement.status == StatementStatus.DRAFT
                            ? beneficiary + " has not submitted its statement of period " + period
                            : "the statement of " + beneficiary + " for period " + period + " is accepted already");
        }
        statement.decidedAt = OffsetDateTime.now(clock);
        statement.decidedBy = by;
        if (input.decision() == StatementDecisionInput.Decision.RETURNED) {
            String comment = Texts.strippedOrNull(input.comment());
            if (comment == null) {
                throw new InvalidDataProblem("comment", "say what " + beneficiary + " should change");
            }
            if (comment.length() > 4000) {
                throw new InvalidDataProblem("comment", "a comment takes at most 4,000 characters");
            }
            statements.deleteFixedEffort(statement);
            statement.status = StatementStatus.DRAFT;
            statement.returnedComment = comment;
            statement.submittedAt = null;
            statement.submittedBy = null;
            statements.flush();
            activity.record(project, Subject.statement(period, beneficiary, false), "RETURNED", null, null);
            return;
        }
        statement.status = StatementStatus.ACCEPTED;
        statement.content = CanonicalJson.write(
                view(context, Optional.of(statement), standing).frozen());
        statement.contentSha256 = Sha256.hex(statement.content);
        statements.flush();
        activity.record(
                project,
                Subject.statement(period, beneficiary, true),
                "ACCEPTED",
                null,
                Map.of("contentSha256", statement.contentSha256));
    }

    /**
     * A page of the project's statements as {@code standing} reads them, the latest period first: the funder's side
     * only accepted ones; a partner's staff every beneficiary's status and person-months, the figures of their own
     * (everyone's when the consortium shares every detail).
     */
    public Page<StatementSummary> list(
            Project project, Integer period, StatementStatus status, Standing standing, PageRequest request) {
        Optional<GrantTerms> terms = budgets.terms(project);
        if (terms.isEmpty()) {
            return request.page(List.of(), 0);
        }
        List<StatementStatus> statuses = new ArrayList<>();
        for (StatementStatus candidate : StatementStatus.values()) {
            if ((status == null || candidate == status)
                    && (!standing.isReviewer() || StatementRules.funderReads(candidate))) {
                statuses.add(candidate);
            }
        }
        if (statuses.isEmpty()) {
            return request.page(List.of(), 0);
        }
        List<FinancialStatement> page = statements.page(project, period, statuses, request);
        Map<Long, Figures> figures = terms.get().lumpSum()
                ? lumpSumFigures(project, page)
                : costFigures(project, terms.get().rates(), page);
        Map<Long, BigDecimal> effort = new HashMap<>();
        statements.efforts(page).forEach(e -> effort.merge(e.statement.id, e.personMonths, BigDecimal::add));
        return request.page(
                page.stream()
                        .map(s -> summary(s, standing, terms.get(), figures, effort))
                        .toList(),
                statements.count(project, period, statuses));
    }

    /** The figures of the statements not yet accepted, from their costs; one query for the page. */
    private Map<Long, Figures> costFigures(Project project, Rates rates, List<FinancialStatement> page) {
        Map<String, CategoryKind> kinds = CostCategory.kinds(budgets.categories(project));
        Map<Long, List<Cost>> costs = new HashMap<>();
        statements
                .costs(page)
                .forEach(c -> costs.computeIfAbsent(c.statement.id, id -> new ArrayList<>())
                        .add(new Cost(kinds.getOrDefault(c.categoryCode, CategoryKind.OTHER), c.amount)));
        Map<Long, Figures> figures = new HashMap<>();
        page.forEach(s -> figures.put(s.id, GrantArithmetic.figures(costs.getOrDefault(s.id, List.of()), rates)));
        return figures;
    }

    /** The figures of the lump-sum statements not yet accepted, from the shares they declare completed. */
    private Map<Long, Figures> lumpSumFigures(Project project, List<FinancialStatement> page) {
        Map<List<Long>, BigDecimal> shares = new HashMap<>();
        budgets.lumpSums(project).forEach(s -> shares.put(List.of(s.beneficiary.id, s.workPackage.id), s.amount));
        Map<Long, List<BigDecimal>> released = new HashMap<>();
        statements
                .completions(page)
                .forEach(c -> released.computeIfAbsent(c.statement.id, id -> new ArrayList<>())
                        .add(shares.getOrDefault(
                                List.of(c.statement.beneficiary.id, c.workPackage.id), BigDecimal.ZERO)));
        Map<Long, Figures> figures = new HashMap<>();
        page.forEach(s -> figures.put(s.id, GrantArithmetic.lumpSum(released.getOrDefault(s.id, List.of()))));
        return figures;
    }

    /**
     * A statement in a list: an accepted one as it was frozen, others from their lines; its figures only where the
     * reader may see them.
     */
    private static StatementSummary summary(
            FinancialStatement statement,
            Standing standing,
            GrantTerms terms,
            Map<Long, Figures> pending,
            Map<Long, BigDecimal> effort) {
        String code = statement.beneficiary.code();
        boolean detailed = StatementRules.reads(standing, code, terms.detailsShared, statement.status);
        Figures figures;
        BigDecimal months;
        if (statement.status == StatementStatus.ACCEPTED) {
            StatementView frozen = statement.frozen();
            figures = frozen.figures();
            months = frozen.personMonths();
        } else {
            figures = pending.get(statement.id);
            months = statement.status == StatementStatus.DRAFT
                    ? null
                    : effort.getOrDefault(statement.id, BigDecimal.ZERO.setScale(2));
        }
        return new StatementSummary(
                statement.period.number,
                code,
                statement.beneficiary.partnerNumber,
                statement.status,
                detailed,
                detailed ? figures : null,
                months);
    }

    /**
     * The use of resources of period {@code period} for its report ({@link FinancialPart}), in a fixed number of
     * queries whatever the consortium's size; null while the project has no budget. Only accepted statements count:
     * their figures and person-months are read from what was frozen.
     */
    public FinancialPart financialPart(Project project, int period) {
        Optional<GrantTerms> terms = budgets.terms(project);
        if (terms.isEmpty()) {
            return null;
        }
        Map<Participation, FinancialStatement> ofPeriod = new HashMap<>();
        Map<String, BigDecimal> thisPeriod = new HashMap<>();
        Map<String, BigDecimal> cumulative = new HashMap<>();
        Map<Long, StatementView> frozen = new HashMap<>();
        for (FinancialStatement statement : statements.upTo(project, period)) {
            if (statement.period.number == period) {
                ofPeriod.put(statement.beneficiary, statement);
            }
            if (statement.status != StatementStatus.ACCEPTED) {
                continue;
            }
            StatementView view = statement.frozen();
            frozen.put(statement.id, view);
            for (StatementView.Effort effort : view.effort()) {
                cumulative.merge(effort.workPackage(), effort.personMonths(), BigDecimal::add);
                if (statement.period.number == period) {
                    thisPeriod.merge(effort.workPackage(), effort.personMonths(), BigDecimal::add);
                }
            }
        }
        Set<Participation> beneficiaries = new TreeSet<>(Comparator.comparingInt((Participation p) -> p.partnerNumber));
        Set<Participation> budgeted = new HashSet<>();
        budgets.lines(project).forEach(l -> budgeted.add(l.beneficiary));
        if (terms.get().lumpSum()) {
            budgets.lumpSums(project).forEach(share -> budgeted.add(share.beneficiary));
        }
        beneficiaries.addAll(budgeted);
        beneficiaries.addAll(ofPeriod.keySet());
        Map<String, BigDecimal> planned = new HashMap<>();
        budgets.efforts(project).forEach(e -> planned.merge(e.workPackage.code(), e.personMonths, BigDecimal::add));

        List<FinancialPart.Line> lines = new ArrayList<>();
        Figures totals = Figures.ZERO;
        BigDecimal months = BigDecimal.ZERO.setScale(2);
        for (Participation beneficiary : beneficiaries) {
            FinancialStatement statement = ofPeriod.get(beneficiary);
            StatementView accepted = statement == null ? null : frozen.get(statement.id);
            if (accepted != null) {
                totals = totals.plus(accepted.figures());
                months = months.add(accepted.personMonths());
            }
            lines.add(new FinancialPart.Line(
                    beneficiary.code(),
                    beneficiary.partnerNumber,
                    budgeted.contains(beneficiary),
                    statement == null ? null : statement.status,
                    accepted == null ? null : accepted.figures(),
                    accepted == null ? null : accepted.personMonths(),
                    accepted == null
                            ? null
                            : accepted.shares().stream()
                                    .filter(StatementView.Share::completed)
                                    .map(StatementView.Share::workPackage)
                                    .toList(),
                    accepted == null ? null : statement.contentSha256));
        }
        List<FinancialPart.Effort> effort = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (WorkPackage workPackage : workPackages.all(project)) {
            String code = workPackage.code();
            effort.add(new FinancialPart.Effort(
                    code,
                    workPackage.title,
                    planned.getOrDefault(code, zero),
                    thisPeriod.getOrDefault(code, zero),
                    cumulative.getOrDefault(code, zero)));
        }
        return new FinancialPart(
                terms.get().currency, terms.get().lumpSum(), terms.get().detailsShared, lines, totals, months, effort);
    }

    void keepDeclaredWorkPackages(@Observes WorkPackageRemoving event) {
        if (statements.declares(event.workPackage())) {
            throw new ConflictProblem(
                    "number", event.workPackage().code() + " has person-months in financial statements: it stays");
        }
    }

    void keepDeclaringPartners(@Observes PartnerRemoving event) {
        if (statements.hasStatements(event.partner())) {
            throw new ConflictProblem(
                    "organisation", event.partner().code() + " has financial statements: it stays a partner");
        }
    }

    void keepDeclaredPeriods(@Observes ReportingPeriodRemoving event) {
        if (statements.hasStatements(event.period())) {
            throw new ConflictProblem(
                    "number", "reporting period " + event.period().number + " has financial statements: it stays");
        }
    }

    /**
     * The period, the beneficiary and the grant's terms: 409 while the project has no budget, for the consortium; for
     * the funder's side, which does not see the budget, the 404 of a statement it may not read.
     */
    private Context context(Project project, int period, String beneficiary, Standing standing) {
        ReportingPeriod reportingPeriod = periods.find(project, period);
        Participation participation = partners.find(project, beneficiary);
        GrantTerms terms = budgets.terms(project)
                .orElseThrow(() -> standing.isReviewer()
                        ? notFound(period, beneficiary)
                        : new ConflictProblem(
                                "budget",
                                project.acronym + " has no budget yet: its statements declare costs against it"));
        return new Context(
                project,
                reportingPeriod,
                participation,
                terms,
                project.startOfMonth(reportingPeriod.startMonth),
                project.endOfMonth(reportingPeriod.endMonth));
    }

    private record Context(
            Project project,
            ReportingPeriod period,
            Participation beneficiary,
            GrantTerms terms,
            LocalDate start,
            LocalDate end) {}

    private void requireEnded(Context context) {
        if (!LocalDate.now(clock).isAfter(context.end())) {
            throw new InvalidDataProblem(
                    "period",
                    "period " + context.period().number + " runs until " + context.end()
                            + ": its statement is declared once it has ended");
        }
    }

    private static void requireDeclarer(Context context, Standing standing) {
        String code = context.beneficiary().code();
        if (standing.isReviewer()) {
            throw notFound(context.period().number, code);
        }
        if (!standing.declaresFor(code)) {
            throw new ForbiddenProblem("Only the staff of " + code + " declare its costs and effort");
        }
    }

    private static void requireDraft(FinancialStatement statement, int period, String beneficiary) {
        if (statement.status != StatementStatus.DRAFT) {
            throw new ConflictProblem(
                    "status",
                    statement.status == StatementStatus.SUBMITTED
                            ? "the statement of " + beneficiary + " for period " + period
                                    + " is submitted: the coordinator accepts it or sends it back"
                            : "the statement of " + beneficiary + " for period " + period
                                    + " is accepted: it is kept as accepted");
        }
    }

    /** Checks the costs and justifications against the project's categories; returns the categories by code. */
    private Map<String, CostCategory> check(Context context, StatementInput input) {
        if (input.explanation() != null && input.explanation().length() > 20000) {
            throw new InvalidDataProblem("explanation", "the explanation takes at most 20,000 characters");
        }
        if (input.currency() != null && !input.currency().equals(context.terms().currency)) {
            throw new InvalidDataProblem(
                    "currency",
                    context.project().acronym + "'s grant is in " + context.terms().currency + ", not "
                            + input.currency());
        }
        if (context.terms().lumpSum() && !input.costsOrNone().isEmpty()) {
            throw new InvalidDataProblem(
                    "costs",
                    context.project().acronym + " is a lump-sum grant: its statements declare the work packages"
                            + " completed, not costs");
        }
        if (!context.terms().lumpSum() && !input.completedOrNone().isEmpty()) {
            throw new InvalidDataProblem(
                    "completed",
                    "only a lump-sum grant's statements declare completed work packages; " + context.project().acronym
                            + " declares its costs");
        }
        Map<String, CostCategory> categories = new LinkedHashMap<>();
        budgets.categories(context.project()).forEach(c -> categories.put(c.code, c));
        for (Map.Entry<String, BigDecimal> cost : input.costsOrNone().entrySet()) {
            String field = "costs." + cost.getKey();
            if (!categories.containsKey(cost.getKey())) {
                throw new InvalidDataProblem(
                        field,
                        cost.getKey() + " is not a cost category of " + context.project().acronym + " ("
                                + String.join(", ", categories.keySet()) + ")");
            }
            BigDecimal amount = cost.getValue();
            if (amount == null || amount.signum() < 0) {
                throw new InvalidDataProblem(field, "an amount is 0 or more");
            }
            if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 12) {
                throw new InvalidDataProblem(field, "an amount is counted to the cent, under a thousand billion");
            }
        }
        for (Map.Entry<String, String> justification :
                input.justificationsOrNone().entrySet()) {
            String field = "justifications." + justification.getKey();
            if (!input.costsOrNone().containsKey(justification.getKey())) {
                throw new InvalidDataProblem(field, "justifies no cost of this statement");
            }
            if (justification.getValue() != null && justification.getValue().length() > 4000) {
                throw new InvalidDataProblem(field, "a justification takes at most 4,000 characters");
            }
        }
        return categories;
    }

    /** Checks the typed person-months: work packages of the project, each once, with a reason. */
    private Map<String, WorkPackage> checkEffort(Project project, StatementInput input) {
        Map<String, WorkPackage> byCode = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.effortOrNone().size(); i++) {
            StatementInput.Effort effort = input.effortOrNone().get(i);
            String field = "effort[" + i + "]";
            if (!seen.add(effort.workPackage())) {
                throw new InvalidDataProblem(field + ".workPackage", effort.workPackage() + " is listed twice");
            }
            byCode.put(
                    effort.workPackage(), workPackages.require(project, effort.workPackage(), field + ".workPackage"));
            if (Texts.strippedOrNull(effort.reason()) == null) {
                throw new InvalidDataProblem(
                        field + ".reason",
                        "say why " + effort.workPackage() + "'s person-months are not those of the closed timesheets");
            }
        }
        return byCode;
    }

    private StatementView view(Context context, Optional<FinancialStatement> stored, Standing standing) {
        StatementStatus status = stored.map(s -> s.status).orElse(StatementStatus.DRAFT);
        String code = context.beneficiary().code();
        StatementView.Actions actions = new StatementView.Actions(
                status == StatementStatus.DRAFT && standing.declaresFor(code),
                status == StatementStatus.DRAFT && stored.isPresent() && standing.declaresFor(code),
                status == StatementStatus.SUBMITTED && standing.managesPlan());
        long version = stored.map(s -> s.version).orElse(0L);
        if (status == StatementStatus.ACCEPTED && stored.get().content != null) {
            FinancialStatement statement = stored.get();
            return statement.frozen().with(statement.contentSha256, actions, version);
        }
        List<CostCategory> categories = budgets.categories(context.project());
        Map<String, BigDecimal> budgeted = new HashMap<>();
        Map<String, BigDecimal> planned = new HashMap<>();
        budgets.lines(context.project()).stream()
                .filter(l -> l.beneficiary.id.equals(context.beneficiary().id))
                .forEach(l -> budgeted.put(l.category.code, l.amount));
        budgets.efforts(context.project()).stream()
                .filter(e -> e.beneficiary.id.equals(context.beneficiary().id))
                .forEach(e -> planned.put(e.workPackage.code(), e.personMonths));
        Map<String, StatementCost> costs = new HashMap<>();
        List<StatementEffort> efforts = new ArrayList<>();
        stored.ifPresent(s -> {
            statements.costs(s).forEach(c -> costs.put(c.categoryCode, c));
            efforts.addAll(statements.efforts(s));
        });
        Map<Long, BigDecimal> fromTimesheets = timesheets.closedPersonMonths(
                context.beneficiary().organisation,
                context.project(),
                TimesheetRules.firstMonthOf(context.start(), context.period().startMonth == 1),
                context.end());

        Map<String, CategoryKind> kinds = CostCategory.kinds(categories);
        BigDecimal personnel = costs.values().stream()
                .filter(c -> kinds.get(c.categoryCode) == CategoryKind.PERSONNEL)
                .map(c -> c.amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<StatementView.Cost> costRows = new ArrayList<>();
        List<Cost> arithmetic = new ArrayList<>();
        for (CostCategory category : context.terms().lumpSum() ? List.<CostCategory>of() : categories) {
            StatementCost cost = costs.get(category.code);
            BigDecimal amount = cost == null ? BigDecimal.ZERO.setScale(2) : cost.amount;
            if (cost == null && !budgeted.containsKey(category.code)) {
                continue;
            }
            arithmetic.add(new Cost(category.kind, amount));
            costRows.add(new StatementView.Cost(
                    category.code,
                    category.name,
                    category.kind,
                    amount,
                    budgeted.get(category.code),
                    StatementRules.needsJustification(category.kind, amount, personnel),
                    cost == null ? null : cost.justification));
        }
        Map<Long, StatementEffort> storedEffort = new HashMap<>();
        efforts.forEach(e -> storedEffort.put(e.workPackage.id, e));
        List<StatementView.Effort> effortRows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (WorkPackage workPackage : workPackages.all(context.project())) {
            StatementEffort declared = storedEffort.get(workPackage.id);
            BigDecimal timesheet = fromTimesheets.getOrDefault(workPackage.id, BigDecimal.ZERO.setScale(2));
            BigDecimal plannedMonths = planned.get(workPackage.code());
            // Once submitted, the figures are those fixed then: a month closed later does not move them.
            BigDecimal months = declared != null
                    ? declared.personMonths
                    : status == StatementStatus.DRAFT ? timesheet : BigDecimal.ZERO.setScale(2);
            if (declared == null && timesheet.signum() == 0 && plannedMonths == null) {
                continue;
            }
            total = total.add(months);
            effortRows.add(new StatementView.Effort(
                    workPackage.code(),
                    workPackage.title,
                    months,
                    timesheet,
                    declared != null && declared.typed,
                    declared == null ? null : declared.reason,
                    plannedMonths));
        }
        FinancialStatement statement = stored.orElse(null);
        boolean lumpSum = context.terms().lumpSum();
        List<StatementView.Share> shares =
                lumpSum ? completions.rows(context.project(), context.beneficiary(), statement) : List.of();
        return new StatementView(
                context.project().acronym,
                context.period().number,
                context.start(),
                context.end(),
                code,
                context.beneficiary().partnerNumber,
                status,
                context.terms().currency,
                costRows,
                lumpSum,
                shares,
                lumpSum
                        ? GrantArithmetic.lumpSum(StatementCompletions.released(shares))
                        : GrantArithmetic.figures(arithmetic, context.terms().rates()),
                effortRows,
                total,
                statement == null ? null : statement.explanation,
                statement == null ? null : statement.returnedComment,
                statement == null ? null : statement.submittedAt,
                statement == null ? null : statement.submittedBy,
                statement == null ? null : statement.decidedAt,
                statement == null ? null : statement.decidedBy,
                null,
                actions,
                version);
    }

    private static String justificationRule(CategoryKind kind) {
        return kind == CategoryKind.SUBCONTRACTING
                ? "subcontracting is justified in the explanation of the use of resources"
                : "purchases over 15 % of the personnel costs are justified one by one";
    }

    private static NotFoundProblem notFound(int period, String beneficiary) {
        return new NotFoundProblem("Financial statement", "P" + period + "/" + beneficiary);
    }
}
