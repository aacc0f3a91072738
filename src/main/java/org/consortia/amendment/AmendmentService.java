package org.consortia.amendment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.CanonicalJson;
import org.consortia.common.ConflictProblem;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.Texts;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableService;
import org.consortia.finance.BudgetService;
import org.consortia.milestone.Milestone;
import org.consortia.milestone.MilestoneService;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.project.Project;
import org.consortia.project.ProjectStatus;
import org.consortia.security.CurrentUser;
import org.consortia.security.Standing;

/**
 * Amendments of contractual dates and of the budget: the coordinator requests one ({@link #request}), the project's
 * acceptance authority decides it ({@link #decide}); an approved one re-dates its deliverable or milestone, or writes
 * the proposed budget. A project without an acceptance authority (a self-funded partnership) has its requests approved
 * as they are made. Each step is in the audit trail, which the funder reads.
 */
@ApplicationScoped
public class AmendmentService {

    /** What a budget amendment names as its item. */
    static final String BUDGET = "budget";

    private final AmendmentRepository amendments;
    private final DeliverableService deliverables;
    private final MilestoneService milestones;
    private final BudgetService budgets;
    private final ActivityLog activity;
    private final Event<AmendmentMoved> moved;
    private final Clock clock;

    AmendmentService(
            AmendmentRepository amendments,
            DeliverableService deliverables,
            MilestoneService milestones,
            BudgetService budgets,
            ActivityLog activity,
            Event<AmendmentMoved> moved,
            Clock clock) {
        this.amendments = amendments;
        this.deliverables = deliverables;
        this.milestones = milestones;
        this.budgets = budgets;
        this.activity = activity;
        this.moved = moved;
        this.clock = clock;
    }

    /** The newest first; only those in {@code status} when given. */
    public Page<AmendmentView> page(Project project, AmendmentStatus status, PageRequest request) {
        return amendments.page(project, status, request).map(AmendmentView::of);
    }

    public AmendmentView get(Project project, int number) {
        return AmendmentView.of(find(project, number));
    }

    private Amendment find(Project project, int number) {
        return amendments
                .findByNumber(project, number)
                .orElseThrow(() -> new NotFoundProblem("Amendment", Amendment.code(number) + " in " + project.acronym));
    }

    /**
     * The budgets of budget amendment {@code number} as {@code standing} reads them ({@link BudgetService#proposed}):
     * 404 for an amendment of a date.
     */
    public AmendedBudget budget(Project project, int number, Standing standing) {
        Amendment amendment = find(project, number);
        if (amendment.itemType != AmendedItem.BUDGET) {
            throw new NotFoundProblem("Budget amendment", Amendment.code(number) + " in " + project.acronym);
        }
        return new AmendedBudget(
                AmendmentView.of(amendment),
                budgets.proposed(project, AmendmentView.previous(amendment), standing),
                budgets.proposed(project, AmendmentView.proposed(amendment), standing));
    }

    /**
     * Records the coordinator's request to re-date one item or to replace the budget: 409 while the project is in
     * preparation (its plan is changed directly then) or closed, while another request for the item (or the budget)
     * awaits a decision, or while the project has no budget; 400 for an unknown item, a date or a budget that is not a
     * change, or a budget that is wrong in itself (naming the field under {@code budget}).
     */
    @Transactional
    public AmendmentView request(Project project, AmendmentInput input, CurrentUser by) {
        if (project.status != ProjectStatus.ACTIVE) {
            throw new ConflictProblem(
                    "project",
                    project.acronym + " is " + project.status
                            + (project.status == ProjectStatus.DRAFT
                                    ? ": while it is in preparation, its dates and budget are changed in the plan"
                                            + " itself"
                                    : ": a closed project is not amended"));
        }
        Amendment amendment = new Amendment();
        amendment.project = project;
        amendment.reason = input.reason().strip();
        if (input.budget() != null) {
            proposeBudget(project, input, amendment);
        } else {
            proposeDate(project, input, amendment);
        }
        amendment.number = amendments.nextNumber(project);
        amendments.open(project, amendment.itemType, amendment.itemCode).ifPresent(open -> {
            throw new ConflictProblem(
                    amendment.itemType.name().toLowerCase(),
                    "amendment " + Amendment.code(open.number) + " of " + amendment.itemCode
                            + " awaits a decision; request another once it is decided");
        });
        amendment.requestedAt = OffsetDateTime.now(clock);
        amendment.requestedBy = by.username();
        amendment.requestedByName = by.name();
        amendments.persist(amendment);
        amendments.flush();
        AmendmentView view = AmendmentView.of(amendment);
        activity.record(project, subject(amendment), "REQUESTED", null, view);
        if (project.acceptanceAuthority == AcceptanceAuthority.NONE) {
            return settle(project, amendment, AmendmentStatus.APPROVED, null, by);
        }
        moved.fire(new AmendmentMoved(project, view, by.username(), by.name()));
        return view;
    }

    /**
     * The acceptance authority's decision on amendment {@code number} ({@link Standing#accepts}; 403 for anyone else
     * who sees it): an approval re-dates the item. 409 once decided, or when the item left the plan meanwhile.
     */
    @Transactional
    public AmendmentView decide(
            Project project, Standing standing, int number, AmendmentDecision decision, CurrentUser by) {
        Amendment amendment = find(project, number);
        if (!standing.accepts(project.acceptanceAuthority)) {
            throw new ForbiddenProblem(
                    deciders(project.acceptanceAuthority) + " decides the amendments of " + project.acronym);
        }
        if (decision.decision() == AmendmentStatus.REQUESTED) {
            throw new InvalidDataProblem("decision", "is APPROVED or REFUSED");
        }
        if (amendment.status != AmendmentStatus.REQUESTED) {
            throw new ConflictProblem(
                    "decision",
                    Amendment.code(number) + " was already " + amendment.status + " on "
                            + amendment.decidedAt.toLocalDate());
        }
        AmendmentView view = settle(project, amendment, decision.decision(), decision.comment(), by);
        moved.fire(new AmendmentMoved(project, view, by.username(), by.name()));
        return view;
    }

    private AmendmentView settle(
            Project project, Amendment amendment, AmendmentStatus decision, String comment, CurrentUser by) {
        AmendmentView before = AmendmentView.of(amendment);
        if (decision == AmendmentStatus.APPROVED) {
            apply(project, amendment);
        }
        amendment.status = decision;
        amendment.decidedAt = OffsetDateTime.now(clock);
        amendment.decidedBy = by.username();
        amendment.decidedByName = by.name();
        amendment.decisionComment = Texts.strippedOrNull(comment);
        amendments.flush();
        AmendmentView after = AmendmentView.of(amendment);
        activity.record(project, subject(amendment), decision.name(), before, after);
        return after;
    }

    private void proposeDate(Project project, AmendmentInput input, Amendment amendment) {
        item(project, input, amendment);
        amendment.proposedDueMonth = project.dueMonth(input.dueMonth(), input.dueDate());
        amendment.proposedFixedDate = project.fixedDueDate(input.dueMonth(), input.dueDate());
        amendment.proposedDueDate = amendment.proposedFixedDate != null
                ? amendment.proposedFixedDate
                : project.endOfMonth(amendment.proposedDueMonth);
        if (amendment.proposedDueDate.equals(amendment.previousDueDate)) {
            throw new InvalidDataProblem(
                    "dueMonth", amendment.itemCode + " is already due on " + amendment.previousDueDate);
        }
    }

    private void proposeBudget(Project project, AmendmentInput input, Amendment amendment) {
        if (input.deliverable() != null
                || input.milestone() != null
                || input.dueMonth() != null
                || input.dueDate() != null) {
            throw new InvalidDataProblem("budget", "an amendment changes either a date or the budget, not both");
        }
        amendment.itemType = AmendedItem.BUDGET;
        amendment.itemCode = BUDGET;
        amendment.proposedBudget = CanonicalJson.write(budgets.proposal(project, input.budget()));
        amendment.previousBudget = CanonicalJson.write(budgets.export(project));
    }

    private void apply(Project project, Amendment amendment) {
        if (amendment.itemType == AmendedItem.BUDGET) {
            budgets.amend(project, AmendmentView.previous(amendment), AmendmentView.proposed(amendment));
        } else {
            redate(project, amendment);
        }
    }

    private void redate(Project project, Amendment amendment) {
        Optional<LocalDate> current = contractualDate(project, amendment.itemType, amendment.itemCode);
        if (current.isEmpty()) {
            throw new ConflictProblem(
                    "decision", amendment.itemCode + " is no longer in the plan of " + project.acronym);
        }
        if (amendment.itemType == AmendedItem.DELIVERABLE) {
            deliverables.amendDueDate(
                    project, amendment.itemCode, amendment.proposedDueMonth, amendment.proposedFixedDate);
        } else {
            milestones.amendDueDate(
                    project, amendment.itemCode, amendment.proposedDueMonth, amendment.proposedFixedDate);
        }
    }

    /** Which item the input names, and its contractual date now; 400 when it names none, both, or an unknown one. */
    private void item(Project project, AmendmentInput input, Amendment amendment) {
        if ((input.deliverable() == null) == (input.milestone() == null)) {
            throw new InvalidDataProblem("deliverable", "name a deliverable, a milestone or a budget");
        }
        amendment.itemType = input.deliverable() != null ? AmendedItem.DELIVERABLE : AmendedItem.MILESTONE;
        amendment.itemCode = input.deliverable() != null ? input.deliverable() : input.milestone();
        amendment.previousDueDate = contractualDate(project, amendment.itemType, amendment.itemCode)
                .orElseThrow(() -> new InvalidDataProblem(
                        amendment.itemType == AmendedItem.DELIVERABLE ? "deliverable" : "milestone",
                        "is not a " + amendment.itemType.name().toLowerCase() + " of " + project.acronym + ": "
                                + amendment.itemCode));
    }

    private Optional<LocalDate> contractualDate(Project project, AmendedItem type, String code) {
        return type == AmendedItem.DELIVERABLE
                ? deliverables.lookUp(project, code).map((Deliverable d) -> d.dueDate)
                : milestones.lookUp(project, code).map((Milestone m) -> m.dueDate);
    }

    /** An amendment's entries are part of its item's history, and the funder reads them. */
    private static Subject subject(Amendment amendment) {
        return Subject.amendment(
                Amendment.code(amendment.number),
                amendment.itemType == AmendedItem.DELIVERABLE ? amendment.itemCode : null);
    }

    private static String deciders(AcceptanceAuthority authority) {
        return switch (authority) {
            case FUNDER_REVIEWER -> "Only the funder's assigned reviewer";
            case COORDINATOR -> "Only the coordinator, acting as the funder,";
            case NONE -> "Nobody (its requests are approved as they are made)";
        };
    }
}
