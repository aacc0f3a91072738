package org.consortia.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.ProblemException;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;
import org.consortia.project.ProjectRescheduled;
import org.consortia.security.Standing;

/**
 * A project's risk register. The coordinator keeps it; the staff of a risk's owner change what is done
 * about it ({@link #updateAs}). Every change is in the audit trail, out of the funder's sight.
 */
@ApplicationScoped
public class RiskService {

    private final RiskRepository risks;
    private final PartnerService partners;
    private final ActivityLog activity;

    RiskService(RiskRepository risks, PartnerService partners, ActivityLog activity) {
        this.risks = risks;
        this.partners = partners;
        this.activity = activity;
    }

    /** The register by number, a page of it. */
    public Page<RiskView> page(Project project, PageRequest request) {
        return risks.page(project, request).map(RiskView::of);
    }

    /** The whole register by number, in one query. */
    public List<RiskView> register(Project project) {
        return risks.listAll(project).stream().map(RiskView::of).toList();
    }

    public RiskView get(Project project, int number) {
        return RiskView.of(find(project, number));
    }

    private Risk find(Project project, int number) {
        return risks.findByNumber(project, number)
                .orElseThrow(() -> new NotFoundProblem("Risk", Risk.code(number) + " in " + project.acronym));
    }

    /**
     * The risks a reporting period has to account for: those identified on or before {@code periodEnd}
     * that were not closed before {@code periodStart} (still open, mitigated, or closed on or after the
     * start: a risk closed during the period is in). By number, in one SQL statement (owners joined),
     * however many risks the register holds.
     *
     * <p>The views hold the register as it is now, not as it was at the end of the period: a risk closed
     * after {@code periodEnd} shows {@code CLOSED} with its later {@code closedOn}, and the mitigation is
     * the latest one. The register keeps no earlier states (the audit trail does).
     *
     * @param periodStart the first day of the period
     * @param periodEnd   the last day of the period, not before {@code periodStart}
     * @return an unmodifiable list, empty when no risk concerns the period
     */
    public List<RiskView> asOf(Project project, LocalDate periodStart, LocalDate periodEnd) {
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException(
                    "the period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
        }
        return risks.relevantTo(project, periodStart, periodEnd).stream()
                .map(RiskView::of)
                .toList();
    }

    /** Enters a new risk with the next number (R1 for the first). */
    @Transactional
    public RiskView add(Project project, RiskInput input) {
        Risk risk = new Risk();
        risk.project = project;
        apply(input, risk);
        risk.number = risks.nextNumber(project);
        risks.persist(risk);
        risks.flush();
        RiskView view = RiskView.of(risk);
        activity.record(project, Subject.risk(view.code()), "CREATED", null, view);
        return view;
    }

    /**
     * Changes risk {@code number} as {@code standing} may: the coordinator (or an administrator) anything;
     * the staff of the risk's owner its mitigation, status and closing day, the rest sent as it is (403
     * otherwise, and for anyone else who sees the register). A stale {@code If-Match} is a 412 before the
     * owner's fields are compared: what they read may differ from the risk now only because it changed.
     * Shared by the API and the register page.
     */
    @Transactional
    public RiskView updateAs(Project project, Standing standing, int number, String ifMatch, RiskInput input) {
        Risk risk = find(project, number);
        RiskView before = RiskView.of(risk);
        requireMayMitigate(project, standing, before);
        EntityTags.requireMatch(ifMatch, risk.version);
        if (!standing.managesPlan() && !input.changesOnlyMitigationOf(before)) {
            throw new ForbiddenProblem("As the owner of " + before.code() + " you may change its mitigation and"
                    + " status (and the day it closed); its description, likelihood, impact, owner and the day it"
                    + " was identified are the coordinator's to change");
        }
        apply(input, risk);
        risks.flush();
        RiskView after = RiskView.of(risk);
        activity.recordChange(project, Subject.risk(after.code()), before, after);
        return after;
    }

    /** Whether {@code standing} may change what is done about the risk {@code current} (not necessarily more). */
    public static boolean mayMitigate(Standing standing, RiskView current) {
        return standing.managesPlan() || current.owner() != null && standing.speaksFor(current.owner());
    }

    /** Refuses, with a 403, someone who may not change the risk {@code current} at all. */
    public static void requireMayMitigate(Project project, Standing standing, RiskView current) {
        if (!mayMitigate(standing, current)) {
            throw new ForbiddenProblem(
                    current.owner() == null
                            ? "Only the coordinator of " + project.acronym + " may change " + current.code()
                                    + ", which has no owner"
                            : "Only the coordinator or " + current.owner() + ", the owner of " + current.code()
                                    + ", may change it");
        }
    }

    @Transactional
    public void remove(Project project, int number) {
        remove(project, find(project, number));
    }

    private void remove(Project project, Risk risk) {
        activity.record(project, Subject.risk(Risk.code(risk.number)), "REMOVED", RiskView.of(risk), null);
        risks.delete(risk);
    }

    /**
     * What a plan import does with the document's {@code risks}: the register becomes that list, the
     * first entry R1, the second R2… (risks past the list's length are removed). Without a list
     * ({@code null}) the register stays as it is, provided its risks still lie within the project's
     * dates. Problems are placed under {@code [i]}.
     *
     * @return how many risks the register holds now
     */
    @Transactional
    public int importAll(Project project, List<RiskInput> inputs) {
        List<Risk> stored = risks.listAll(project);
        if (inputs == null) {
            stored.forEach(risk -> requireWithin(project, risk));
            return stored.size();
        }
        for (int i = 0; i < inputs.size(); i++) {
            int number = i + 1;
            Risk risk = stored.stream()
                    .filter(r -> r.number == number)
                    .findFirst()
                    .orElseGet(() -> {
                        Risk created = new Risk();
                        created.project = project;
                        created.number = number;
                        return created;
                    });
            try {
                apply(inputs.get(i), risk);
            } catch (ProblemException e) {
                throw e.under("[" + i + "]");
            }
            if (!risks.isPersistent(risk)) {
                risks.persist(risk);
            }
        }
        stored.stream().filter(risk -> risk.number > inputs.size()).forEach(risk -> remove(project, risk));
        return inputs.size();
    }

    /** The register as a plan document lists it: by number, without numbers. */
    public List<RiskInput> export(Project project) {
        return risks.listAll(project).stream()
                .map(r -> new RiskInput(
                        r.description,
                        r.likelihood,
                        r.impact,
                        r.mitigation,
                        r.owner == null ? null : r.owner.code(),
                        r.status,
                        r.identifiedOn,
                        r.closedOn))
                .toList();
    }

    void checkStillFits(@Observes ProjectRescheduled event) {
        Project project = event.project();
        risks.listAll(project).forEach(risk -> requireWithin(project, risk));
    }

    /** A 409 for a risk identified outside new project dates. */
    private static void requireWithin(Project project, Risk risk) {
        if (risk.identifiedOn.isBefore(project.startDate)) {
            throw new ConflictProblem(
                    "startDate",
                    Risk.code(risk.number) + " was identified on " + risk.identifiedOn + ", before the new start of "
                            + project.acronym);
        }
        if (risk.identifiedOn.isAfter(project.endDate)) {
            throw new ConflictProblem(
                    "endDate",
                    Risk.code(risk.number) + " was identified on " + risk.identifiedOn + ", after the new end of "
                            + project.acronym);
        }
    }

    private void apply(RiskInput input, Risk risk) {
        Project project = risk.project;
        project.requireDate("identifiedOn", input.identifiedOn());
        RiskStatus status = input.statusOrOpen();
        if (status == RiskStatus.CLOSED && input.closedOn() == null) {
            throw new InvalidDataProblem("closedOn", "give the day a closed risk was closed");
        }
        if (status != RiskStatus.CLOSED && input.closedOn() != null) {
            throw new InvalidDataProblem(
                    "closedOn", "only a CLOSED risk has a closing day; leave it out, or set" + " the status to CLOSED");
        }
        if (input.closedOn() != null && input.closedOn().isBefore(input.identifiedOn())) {
            throw new InvalidDataProblem(
                    "closedOn", "must not be before the day the risk was identified (" + input.identifiedOn() + ")");
        }
        risk.owner = input.owner() == null ? null : partners.require(project, input.owner(), "owner");
        risk.description = input.description().strip();
        risk.likelihood = input.likelihood();
        risk.impact = input.impact();
        risk.mitigation = input.mitigation();
        risk.status = status;
        risk.identifiedOn = input.identifiedOn();
        risk.closedOn = input.closedOn();
    }
}
