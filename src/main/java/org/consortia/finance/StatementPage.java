package org.consortia.finance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.reportingperiod.ReportingPeriodService;
import org.consortia.reportingperiod.ReportingPeriodView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;
import org.consortia.web.FormError;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.FormValues;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /projects/{acronym}/statements}: the beneficiaries' financial statements per period, with a link for the
 * visitor's own organisation to declare those of the periods that have ended; {@code …/statements/{period}/{code}}: one
 * statement, its form while a draft of the visitor's organisation, submission, and the coordinator's decision. The
 * API's rules ({@link StatementService}).
 */
@Path("/projects/{acronym}/statements")
@Produces(MediaType.TEXT_HTML)
public class StatementPage {

    @CheckedTemplate
    static class Templates {
        /** {@code toDeclare}: the periods ended whose statement the visitor's organisation may still write. */
        static native TemplateInstance statements(
                ProjectView project, Page<StatementSummary> statements, List<Declarable> toDeclare);

        /** {@code form}: what the form shows, stored or as typed when it comes back; {@code error} of the form sent. */
        static native TemplateInstance statement(
                ProjectView project, StatementView statement, Form form, FormError error);
    }

    /** The statement's form as shown: its lines, its explanation, the coordinator's comment. */
    public record Form(
            List<CostRow> costs, List<EffortRow> effort, List<ShareRow> shares, String explanation, String comment) {}

    /**
     * A lump-sum share's line of the form: ticked when declared completed; {@code declaredIn} the period of another
     * statement that declares it, in which case it cannot be ticked here.
     */
    public record ShareRow(
            String workPackage, String title, BigDecimal amount, boolean completed, Integer declaredIn) {}

    /** A category's line of the form. */
    public record CostRow(
            String category, String name, BigDecimal budget, String amount, String justification, boolean toJustify) {}

    /** A work package's line of the form: the person-months typed (empty: the timesheets') and why. */
    public record EffortRow(
            String workPackage,
            String title,
            BigDecimal planned,
            BigDecimal fromTimesheets,
            String personMonths,
            String reason) {}

    /** A statement the visitor's organisation may write: its period and beneficiary. */
    public record Declarable(int period, String beneficiary, LocalDate periodEnd) {}

    private final ProjectService projects;
    private final StatementService statements;
    private final ReportingPeriodService periods;
    private final AccessPolicy access;
    private final LocalisedMessages messages;
    private final Clock clock;

    StatementPage(
            ProjectService projects,
            StatementService statements,
            ReportingPeriodService periods,
            AccessPolicy access,
            LocalisedMessages messages,
            Clock clock) {
        this.projects = projects;
        this.statements = statements;
        this.periods = periods;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list(@PathParam("acronym") String acronym) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        Page<StatementSummary> page = statements.list(project, null, null, standing, PageRequest.largest());
        List<Declarable> toDeclare = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (ReportingPeriodView period :
                periods.page(project, PageRequest.largest()).items()) {
            if (!today.isAfter(period.endDate())) {
                continue;
            }
            for (String code : standing.partnerCodes()) {
                boolean declared = page.items().stream()
                        .anyMatch(s ->
                                s.period() == period.number() && s.beneficiary().equals(code));
                if (!declared && standing.declaresFor(code)) {
                    toDeclare.add(new Declarable(period.number(), code, period.endDate()));
                }
            }
        }
        return Templates.statements(ProjectView.of(project), page, toDeclare);
    }

    @GET
    @Path("{period}/{beneficiary}")
    public TemplateInstance show(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary) {
        Project project = access.visible(projects.find(acronym));
        return page(project, period, beneficiary, Map.of(), null);
    }

    @POST
    @Path("{period}/{beneficiary}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary,
            @RestForm("category") List<String> categories,
            @RestForm("amount") List<String> amounts,
            @RestForm("justification") List<String> justifications,
            @RestForm("workPackage") List<String> workPackages,
            @RestForm("personMonths") List<String> personMonths,
            @RestForm("reason") List<String> reasons,
            @RestForm("completed") List<String> completed,
            @RestForm String explanation,
            @RestForm String version) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        FormErrors errors = new FormErrors(messages.get());
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        Map<String, String> justified = new LinkedHashMap<>();
        for (int i = 0; i < size(categories); i++) {
            String code = categories.get(i);
            typed.put("amount." + code, at(amounts, i));
            typed.put("justification." + code, at(justifications, i));
            BigDecimal amount = FormValues.decimal(at(amounts, i), "costs." + code, errors);
            if (amount != null) {
                costs.put(code, amount);
                String justification = FormValues.text(at(justifications, i));
                if (justification != null) {
                    justified.put(code, justification);
                }
            }
        }
        List<StatementInput.Effort> effort = new ArrayList<>();
        for (int i = 0; i < size(workPackages); i++) {
            String code = workPackages.get(i);
            typed.put("personMonths." + code, at(personMonths, i));
            typed.put("reason." + code, at(reasons, i));
            BigDecimal months = FormValues.decimal(at(personMonths, i), "effort", errors);
            if (months != null) {
                effort.add(new StatementInput.Effort(code, months, FormValues.text(at(reasons, i))));
            }
        }
        List<String> ticked = completed == null ? List.of() : completed;
        ticked.forEach(code -> typed.put("completed." + code, "on"));
        typed.put("explanation", explanation);
        StatementInput input = new StatementInput(null, costs, justified, effort, ticked, explanation);
        return FormSubmission.send(
                errors,
                path(project, period, beneficiary),
                () -> {
                    statements.replace(project, period, beneficiary, standing, FormValues.ifMatch(version), input);
                    return texts().flash_saved(beneficiary, period);
                },
                () -> page(project, period, beneficiary, typed, FormError.of("statement", errors, null)));
    }

    @POST
    @Path("{period}/{beneficiary}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary,
            @RestForm String version) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        FormErrors errors = new FormErrors(messages.get());
        return FormSubmission.send(
                errors,
                path(project, period, beneficiary),
                () -> {
                    statements.submit(
                            project,
                            period,
                            beneficiary,
                            standing,
                            FormValues.ifMatch(version),
                            access.user().signature());
                    return texts().flash_submitted(beneficiary, period);
                },
                () -> page(project, period, beneficiary, Map.of(), FormError.of("submission", errors, null)));
    }

    @POST
    @Path("{period}/{beneficiary}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary,
            @RestForm String decision,
            @RestForm String comment,
            @RestForm String version) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        FormErrors errors = new FormErrors(messages.get());
        StatementDecisionInput.Decision chosen =
                FormValues.choice(StatementDecisionInput.Decision.class, decision, "decision", errors);
        return FormSubmission.send(
                errors,
                path(project, period, beneficiary),
                () -> {
                    statements.decide(
                            project,
                            period,
                            beneficiary,
                            standing,
                            FormValues.ifMatch(version),
                            new StatementDecisionInput(chosen, comment),
                            access.user().signature());
                    return texts().flash_decided(beneficiary, period, chosen);
                },
                () -> page(
                        project,
                        period,
                        beneficiary,
                        Map.of("comment", comment == null ? "" : comment),
                        FormError.of("decision", errors, null)));
    }

    /** The page, its form showing {@code typed} (by field: {@code amount.A.1}, {@code reason.WP1}…) when given. */
    private TemplateInstance page(
            Project project, int period, String beneficiary, Map<String, String> typed, FormError error) {
        StatementView view = statements.get(project, period, beneficiary, access.standing(project));
        Form form = new Form(
                view.costs().stream()
                        .map(c -> new CostRow(
                                c.category(),
                                c.name(),
                                c.budget(),
                                typed.getOrDefault("amount." + c.category(), c.shownAmount()),
                                typed.getOrDefault(
                                        "justification." + c.category(), FormValues.shown(c.justification())),
                                c.justificationNeeded()))
                        .toList(),
                view.effort().stream()
                        .map(e -> new EffortRow(
                                e.workPackage(),
                                e.title(),
                                e.planned(),
                                e.fromTimesheets(),
                                typed.getOrDefault("personMonths." + e.workPackage(), e.shownTyped()),
                                typed.getOrDefault("reason." + e.workPackage(), FormValues.shown(e.reason()))))
                        .toList(),
                view.shares().stream()
                        .map(s -> new ShareRow(
                                s.workPackage(),
                                s.title(),
                                s.amount(),
                                typed.containsKey("explanation")
                                        ? typed.containsKey("completed." + s.workPackage())
                                        : s.completed(),
                                s.declaredIn()))
                        .toList(),
                typed.getOrDefault("explanation", FormValues.shown(view.explanation())),
                typed.getOrDefault("comment", ""));
        return Templates.statement(ProjectView.of(project), view, form, error);
    }

    private FinanceMessages texts() {
        return messages.get(FinanceMessages.class);
    }

    private static String path(Project project, int period, String beneficiary) {
        return "/projects/" + project.acronym + "/statements/" + period + "/" + beneficiary;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : null;
    }
}
