package org.consortia.reportingperiod;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectRescheduled;

/** Reporting periods follow each other from month 1 without gaps or overlaps. */
@ApplicationScoped
public class ReportingPeriodService {

    private final ReportingPeriodRepository periods;
    private final ActivityLog activity;
    private final Event<ReportingPeriodRemoving> removing;

    ReportingPeriodService(
            ReportingPeriodRepository periods, ActivityLog activity, Event<ReportingPeriodRemoving> removing) {
        this.periods = periods;
        this.activity = activity;
        this.removing = removing;
    }

    public Page<ReportingPeriodView> page(Project project, PageRequest request) {
        return periods.page(project, request).map(p -> ReportingPeriodView.of(p, project));
    }

    public ReportingPeriodView get(Project project, int number) {
        return ReportingPeriodView.of(find(project, number), project);
    }

    /** The period, or a 404. */
    public ReportingPeriod find(Project project, int number) {
        return periods.findByNumber(project, number)
                .orElseThrow(() -> new NotFoundProblem("Reporting period", number + " of " + project.acronym));
    }

    public List<ReportingPeriodInput> export(Project project) {
        return periods.listAll(project).stream()
                .map(p -> new ReportingPeriodInput(p.number, p.startMonth, p.endMonth))
                .toList();
    }

    /** Adds the period that follows the last one. */
    @Transactional
    public ReportingPeriodView add(Project project, ReportingPeriodInput input) {
        ReportingPeriod last = periods.last(project).orElse(null);
        int number = last == null ? 1 : last.number + 1;
        int startMonth = last == null ? 1 : last.endMonth + 1;
        if (input.number() != null && input.number() != number) {
            throw new ConflictProblem(
                    "number", "the next reporting period of " + project.acronym + " is number " + number);
        }
        ReportingPeriod period = new ReportingPeriod();
        period.project = project;
        period.number = number;
        apply(project, input, startMonth, period);
        periods.persist(period);
        periods.flush();
        ReportingPeriodView view = ReportingPeriodView.of(period, project);
        activity.record(project, Subject.reportingPeriod(number), "CREATED", null, view);
        return view;
    }

    /** Makes the project's periods exactly {@code inputs}, which must cover the whole project. */
    @Transactional
    public void replaceAll(Project project, List<ReportingPeriodInput> inputs) {
        Map<Integer, ReportingPeriod> existing =
                periods.listAll(project).stream().collect(Collectors.toMap(p -> p.number, Function.identity()));
        int expectedStart = 1;
        for (int i = 0; i < inputs.size(); i++) {
            ReportingPeriodInput input = inputs.get(i);
            int number = i + 1;
            if (input.number() != null && input.number() != number) {
                throw new InvalidDataProblem(
                        "[" + i + "].number",
                        "reporting periods are numbered 1, 2, … in order;" + " expected " + number);
            }
            ReportingPeriod period = existing.remove(number);
            if (period == null) {
                period = new ReportingPeriod();
                period.project = project;
                period.number = number;
            }
            try {
                apply(project, input, expectedStart, period);
            } catch (InvalidDataProblem e) {
                throw (InvalidDataProblem) e.under("[" + i + "]");
            }
            if (!periods.isPersistent(period)) {
                periods.persist(period);
            }
            expectedStart = period.endMonth + 1;
        }
        if (!inputs.isEmpty() && expectedStart - 1 != project.durationMonths()) {
            throw new InvalidDataProblem(
                    "[" + (inputs.size() - 1) + "].endMonth",
                    "the last reporting period must end" + " with the project, in month " + project.durationMonths());
        }
        existing.values().forEach(period -> {
            removing.fire(new ReportingPeriodRemoving(period));
            periods.delete(period);
        });
    }

    void checkStillFits(@Observes ProjectRescheduled event) {
        Project project = event.project();
        periods.last(project)
                .filter(last -> last.endMonth > project.durationMonths())
                .ifPresent(last -> {
                    throw new ConflictProblem(
                            "endDate",
                            "reporting period " + last.number + " runs to month " + last.endMonth
                                    + ", after the new end of " + project.acronym);
                });
    }

    private static void apply(Project project, ReportingPeriodInput input, int startMonth, ReportingPeriod period) {
        if (input.startMonth() != startMonth) {
            throw new InvalidDataProblem(
                    "startMonth",
                    "must be " + startMonth + ": reporting periods follow each other without gaps or overlaps");
        }
        project.requireMonth("endMonth", input.endMonth());
        if (input.endMonth() < input.startMonth()) {
            throw new InvalidDataProblem("endMonth", "must not be before the start month " + input.startMonth());
        }
        period.startMonth = input.startMonth();
        period.endMonth = input.endMonth();
    }
}
