package org.consortia.amendment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.YamlDocuments;
import org.consortia.deliverable.DeliverableService;
import org.consortia.finance.BudgetInput;
import org.consortia.finance.BudgetService;
import org.consortia.finance.FundingModel;
import org.consortia.milestone.MilestoneService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectStatus;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;
import org.consortia.web.FormError;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.FormValues;
import org.consortia.web.InputValidation;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /projects/{acronym}/amendments}: the project's amendments of contractual dates, newest first, for everyone
 * who sees the project, the funder included; the coordinator's request form while the project is under way, and the
 * acceptance authority's decision on each open request. The same rules as the API ({@link AmendmentService}); forms
 * post here and come back with a flash, or show the page again with the error and what was typed.
 */
@Path("/projects/{acronym}/amendments")
@Produces(MediaType.TEXT_HTML)
public class AmendmentPage {

    /** A deliverable or milestone that may be re-dated: {@code value} as the form sends it, and its date now. */
    public record Item(String value, String code, String title, LocalDate dueDate) {}

    /**
     * What the request forms hold: as typed after a refusal, empty otherwise; {@code budget} null until typed (the
     * form then shows the budget as it stands).
     */
    public record Typed(String item, String dueDate, String reason, String budget, String budgetReason) {
        static final Typed EMPTY = new Typed("", "", "", null, "");
    }

    @CheckedTemplate
    static class Templates {
        /**
         * {@code deliverables} and {@code milestones} fill the coordinator's request form (empty when they may not
         * request); {@code budget} the budget form's text, the budget as it stands in YAML (null when there is none
         * or they may not request); {@code mayDecide}: the visitor is the acceptance authority.
         */
        static native TemplateInstance amendments(
                ProjectView project,
                Page<AmendmentView> amendments,
                List<Item> deliverables,
                List<Item> milestones,
                String budget,
                boolean mayRequest,
                boolean mayDecide,
                Typed typed,
                FormError error);

        /** A budget amendment's budgets side by side. */
        static native TemplateInstance budget(
                ProjectView project, AmendmentView amendment, BudgetComparison comparison, boolean lumpSum);
    }

    private static final PageRequest FIRST = PageRequest.of(0, 50);

    private final ProjectService projects;
    private final AmendmentService amendments;
    private final DeliverableService deliverables;
    private final MilestoneService milestones;
    private final BudgetService budgets;
    private final YamlDocuments yaml;
    private final AccessPolicy access;
    private final InputValidation validation;
    private final LocalisedMessages messages;

    AmendmentPage(
            ProjectService projects,
            AmendmentService amendments,
            DeliverableService deliverables,
            MilestoneService milestones,
            BudgetService budgets,
            YamlDocuments yaml,
            AccessPolicy access,
            InputValidation validation,
            LocalisedMessages messages) {
        this.projects = projects;
        this.amendments = amendments;
        this.deliverables = deliverables;
        this.milestones = milestones;
        this.budgets = budgets;
        this.yaml = yaml;
        this.access = access;
        this.validation = validation;
        this.messages = messages;
    }

    @GET
    public TemplateInstance list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        return page(project, page, Typed.EMPTY, null);
    }

    @GET
    @Path(AmendmentResource.NUMBER + "/budget")
    public TemplateInstance budget(@PathParam("acronym") String acronym, @PathParam("number") int number) {
        Project project = access.visible(projects.find(acronym));
        AmendedBudget budget = amendments.budget(project, number, access.standing(project));
        return Templates.budget(
                ProjectView.of(project),
                budget.amendment(),
                BudgetComparison.of(budget),
                budget.proposed().fundingModel() == FundingModel.LUMP_SUM);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(
            @PathParam("acronym") String acronym,
            @RestForm String item,
            @RestForm String dueDate,
            @RestForm String reason) {
        Project project = access.managed(projects.find(acronym));
        Typed typed = new Typed(item, dueDate, reason, null, "");
        FormErrors errors = new FormErrors(messages.get());
        AmendmentInput input = new AmendmentInput(
                chosen(item, "deliverable:"),
                chosen(item, "milestone:"),
                null,
                FormValues.date(dueDate, "dueDate", errors),
                null,
                FormValues.text(reason));
        return attempt(project, "request", null, errors, input, typed, () -> {
            AmendmentView view = amendments.request(project, input, access.user());
            return messages.get(AmendmentMessages.class).requested(view.code());
        });
    }

    /**
     * The coordinator proposes a new budget: the whole budget in YAML or JSON, as the plan document writes it (the
     * form holds the budget as it stands), with a reason.
     */
    @POST
    @Path("budget")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestBudget(
            @PathParam("acronym") String acronym, @RestForm String budget, @RestForm String reason) {
        Project project = access.managed(projects.find(acronym));
        Typed typed = new Typed("", "", "", budget == null ? "" : budget, reason);
        FormErrors errors = new FormErrors(messages.get());
        Optional<BudgetInput> proposed;
        InvalidDataProblem unreadable = null;
        try {
            proposed = Optional.ofNullable(FormValues.text(budget))
                    .map(text -> yaml.readPart(text, "budget", BudgetInput.class, "budget"));
        } catch (InvalidDataProblem problem) {
            proposed = Optional.empty();
            unreadable = problem;
        }
        InvalidDataProblem refusal = unreadable != null
                ? unreadable
                : new InvalidDataProblem(
                        "budget", messages.get(AmendmentMessages.class).budget_missing());
        AmendmentInput input =
                new AmendmentInput(null, null, null, null, proposed.orElse(null), FormValues.text(reason));
        return attempt(project, "budget", null, errors, input, typed, () -> {
            if (input.budget() == null) {
                throw refusal;
            }
            AmendmentView view = amendments.request(project, input, access.user());
            return messages.get(AmendmentMessages.class).requested(view.code());
        });
    }

    @POST
    @Path(AmendmentResource.NUMBER + "/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("acronym") String acronym,
            @PathParam("number") int number,
            @RestForm String decision,
            @RestForm String comment) {
        Project project = access.visible(projects.find(acronym));
        AmendmentDecision input = new AmendmentDecision(
                Arrays.stream(AmendmentStatus.values())
                        .filter(choice -> choice.name().equals(decision))
                        .findFirst()
                        .orElse(null),
                FormValues.text(comment));
        FormErrors errors = new FormErrors(messages.get());
        return attempt(project, "decision", Amendment.code(number), errors, input, Typed.EMPTY, () -> {
            AmendmentView view = amendments.decide(project, access.standing(project), number, input, access.user());
            return messages.get(AmendmentMessages.class).decided(view.code());
        });
    }

    /** {@code amendment}: the code of the amendment a decision was about, to show its error by its form. */
    private Response attempt(
            Project project,
            String form,
            String amendment,
            FormErrors errors,
            Object input,
            Typed typed,
            Supplier<String> action) {
        validation.check(input, errors);
        return FormSubmission.send(
                errors,
                path(project),
                action,
                () -> page(project, FIRST, typed, FormError.of(form, errors, amendment)));
    }

    private TemplateInstance page(Project project, PageRequest request, Typed typed, FormError error) {
        Standing standing = access.standing(project);
        boolean mayRequest = standing.managesPlan() && project.status == ProjectStatus.ACTIVE;
        return Templates.amendments(
                ProjectView.of(project),
                amendments.page(project, null, request),
                mayRequest
                        ? deliverables.list(project, false).stream()
                                .map(d -> new Item("deliverable:" + d.code(), d.code(), d.title(), d.dueDate()))
                                .toList()
                        : List.of(),
                mayRequest
                        ? milestones.list(project).stream()
                                .map(m -> new Item("milestone:" + m.code(), m.code(), m.title(), m.dueDate()))
                                .toList()
                        : List.of(),
                mayRequest ? budgetText(project, typed) : null,
                mayRequest,
                standing.accepts(project.acceptanceAuthority),
                typed,
                error);
    }

    /** The budget form's text: as typed, or the budget as it stands in YAML; null while the project has none. */
    private String budgetText(Project project, Typed typed) {
        if (typed.budget() != null) {
            return typed.budget();
        }
        BudgetInput current = budgets.export(project);
        return current == null ? null : yaml.writePart(current);
    }

    /** The code of the item chosen, if it is of the kind {@code prefix} names. */
    private static String chosen(String item, String prefix) {
        return item != null && item.startsWith(prefix) ? item.substring(prefix.length()) : null;
    }

    static String path(Project project) {
        return "/projects/" + project.acronym + "/amendments";
    }
}
