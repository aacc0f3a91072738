package org.consortia.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Sha256;
import org.consortia.finance.StatementService;
import org.consortia.organisation.Organisation;
import org.consortia.partner.PartnerService;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;
import org.consortia.reportingperiod.ReportingPeriodRemoving;
import org.consortia.reportingperiod.ReportingPeriodService;
import org.consortia.risk.RiskService;
import org.consortia.security.CurrentUser;
import org.consortia.security.Standing;
import org.consortia.workpackage.WorkPackageInput;
import org.consortia.workpackage.WorkPackageService;

/**
 * Periodic progress reports: the coordinator opens a period's report (a draft with a section for the
 * summary, each work package running in the period and each partner); contributors write their
 * sections and mark them ready; the coordinator submits, which freezes the revision — sections and
 * generated tables — into canonical JSON with its SHA-256; an assigned reviewer accepts it or asks for
 * changes, after which the coordinator opens a new revision, a draft copied from the last. Every step is
 * in the audit trail.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final ReportingPeriodService periods;
    private final WorkPackageService workPackages;
    private final PartnerService partners;
    private final GeneratedTables tables;
    private final RiskService risks;
    private final StatementService statements;
    private final ReportContent content;
    private final ActivityLog activity;
    private final Event<ReportMoved> moved;
    private final Clock clock;
    private final ReportDueDates dueDates;

    ReportService(
            ReportRepository reports,
            ReportingPeriodService periods,
            WorkPackageService workPackages,
            PartnerService partners,
            GeneratedTables tables,
            RiskService risks,
            StatementService statements,
            ReportContent content,
            ActivityLog activity,
            Event<ReportMoved> moved,
            Clock clock,
            ReportDueDates dueDates) {
        this.reports = reports;
        this.periods = periods;
        this.workPackages = workPackages;
        this.partners = partners;
        this.tables = tables;
        this.risks = risks;
        this.statements = statements;
        this.content = content;
        this.activity = activity;
        this.moved = moved;
        this.clock = clock;
        this.dueDates = dueDates;
    }

    /** The newest revision the caller may read: a reviewer's is the newest submitted one; 404 when none. */
    public ReportView current(Project project, int period, Standing standing) {
        ReportingPeriod reportingPeriod = periods.find(project, period);
        Report report = reports.latest(reportingPeriod, standing.isReviewer())
                .orElseThrow(() -> new NotFoundProblem("Report", "of period " + period + " of " + project.acronym));
        return view(report, standing);
    }

    /** One revision; a draft does not exist for a reviewer (404). */
    public ReportView revision(Project project, int period, int revision, Standing standing) {
        return view(find(project, period, revision, standing), standing);
    }

    /** The frozen content of a submitted revision (409 for a draft, which has none yet). */
    public String content(Project project, int period, int revision, Standing standing) {
        Report report = find(project, period, revision, standing);
        if (report.isDraft()) {
            throw new ConflictProblem("status", "revision " + revision + " is a draft: it is frozen when submitted");
        }
        return report.content;
    }

    /** The revisions the caller may read, newest first. */
    public List<ReportView.Revision> revisions(Project project, int period, Standing standing) {
        return reports.revisions(periods.find(project, period)).stream()
                .filter(r -> ReportRules.mayRead(standing, r))
                .map(ReportView.Revision::of)
                .toList();
    }

    /** Opens the period's report: revision 1, a draft with its sections (409 if the period has a report). */
    @Transactional
    public ReportView create(Project project, int period, Standing standing, CurrentUser by) {
        requireCoordinator(standing, "opens a report");
        ReportingPeriod reportingPeriod = periods.find(project, period);
        if (reports.exists(reportingPeriod)) {
            throw new ConflictProblem(
                    "period",
                    "period " + period + " of " + project.acronym + " has a report;"
                            + " after a request for changes, open a new revision");
        }
        Report report = newRevision(project, reportingPeriod, 1, by);
        sectionsFor(project, reportingPeriod).forEach(section -> add(report, section));
        reports.persist(report);
        reports.flush();
        activity.record(project, Subject.report(period, false), "CREATED", null, summary(report));
        return view(report, standing);
    }

    /** A new draft revision, copied from the last one, once the funder asked for changes (409 otherwise). */
    @Transactional
    public ReportView openRevision(Project project, int period, Standing standing, CurrentUser by) {
        requireCoordinator(standing, "opens a new revision");
        ReportingPeriod reportingPeriod = periods.find(project, period);
        Report last = reports.latest(reportingPeriod, false)
                .orElseThrow(() -> new NotFoundProblem("Report", "of period " + period + " of " + project.acronym));
        if (last.status != ReportStatus.CHANGES_REQUESTED) {
            throw new ConflictProblem(
                    "status",
                    "revision " + last.revision + " is " + last.status
                            + "; a new revision follows a request for changes");
        }
        Report report = newRevision(project, reportingPeriod, last.revision + 1, by);
        Map<String, ReportSection> before =
                content.read(last).sections().stream().collect(Collectors.toMap(SectionView::key, s -> copy(s)));
        sectionsFor(project, reportingPeriod).forEach(fresh -> add(report, before.getOrDefault(fresh.key, fresh)));
        reports.persist(report);
        reports.flush();
        activity.record(project, Subject.report(period, false), "REVISION_OPENED", null, summary(report));
        return view(report, standing);
    }

    /** Writes a section of the newest revision, a draft (409 once submitted; 403 for someone else's section). */
    @Transactional
    public ReportView write(
            Project project,
            int period,
            String key,
            String ifMatch,
            SectionInput input,
            Standing standing,
            CurrentUser by) {
        Report report = latestDraft(project, period, standing);
        ReportSection section = report.section(key);
        if (section == null) {
            throw new NotFoundProblem("Section", key + " of the report of period " + period);
        }
        String lead = section.kind == SectionKind.WORK_PACKAGE
                ? workPackageLeads(project).get(section.subject)
                : null;
        if (!ReportRules.mayWrite(standing, section, lead)) {
            throw new ForbiddenProblem(
                    switch (section.kind) {
                        case SUMMARY -> "The summary is the coordinator's to write";
                        case WORK_PACKAGE ->
                            "The section of " + section.subject + " is written by its lead partner or the"
                                    + " coordinator";
                        case PARTNER ->
                            "The section of " + section.subject + " is written by " + section.subject
                                    + " or the coordinator";
                    });
        }
        EntityTags.requireMatch(ifMatch, section.version);
        if (section.kind != SectionKind.WORK_PACKAGE
                && (present(input.achievements())
                        || present(input.deviations())
                        || present(input.correctiveActions()))) {
            throw new InvalidDataProblem(
                    "achievements",
                    "only a work package's section has achievements, deviations" + " and corrective actions");
        }
        SectionView before = SectionView.of(section);
        section.progress = text(input.progress());
        section.achievements = text(input.achievements());
        section.deviations = text(input.deviations());
        section.correctiveActions = text(input.correctiveActions());
        section.ready = input.ready();
        section.editedBy = by.username();
        section.editedByName = by.name();
        section.editedAt = OffsetDateTime.now(clock);
        reports.flush();
        activity.record(project, Subject.report(period, false), "SECTION_WRITTEN", before, SectionView.of(section));
        return view(report, standing);
    }

    /**
     * Submits the newest revision: every section ready, or an override with its reason. The revision is
     * frozen — its document as canonical JSON and the SHA-256 of that JSON — and changes no more.
     */
    @Transactional
    public ReportView submit(Project project, int period, SubmissionInput input, Standing standing, CurrentUser by) {
        requireCoordinator(standing, "submits the report");
        Report report = latestDraft(project, period, standing);
        List<String> missing = missing(report);
        String reason = text(input == null ? null : input.overrideReason());
        if (!missing.isEmpty() && reason == null) {
            throw new ConflictProblem(
                    "overrideReason",
                    "sections not marked ready: " + String.join(", ", missing) + "; submit anyway only with a reason");
        }
        ReportDocument document = document(report).forFunder();
        report.content = content.write(document);
        report.contentSha256 = Sha256.hex(report.content);
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = OffsetDateTime.now(clock);
        report.submittedBy = by.signature();
        report.overrideReason = missing.isEmpty() ? null : reason;
        reports.flush();
        activity.record(project, Subject.report(period, true), "SUBMITTED", null, summary(report));
        moved.fire(new ReportMoved(
                project, period, report.revision, report.status, by.username(), by.name(), report.overrideReason));
        return view(report, standing);
    }

    /** An assigned reviewer accepts the submitted revision or asks for changes, with a comment. */
    @Transactional
    public ReportView decide(Project project, int period, DecisionInput input, Standing standing, CurrentUser by) {
        if (project.acceptanceAuthority == AcceptanceAuthority.NONE) {
            throw new ConflictProblem(
                    "decision",
                    "nobody decides on the reports of " + project.acronym + ": a submitted report is final");
        }
        if (!standing.accepts(project.acceptanceAuthority)) {
            throw new ForbiddenProblem(
                    project.acceptanceAuthority == AcceptanceAuthority.COORDINATOR
                            ? "Only the coordinator of " + project.acronym
                                    + ", acting as its funder, decides on its reports"
                            : "Only the funder's reviewers assigned to " + project.acronym + " decide on its reports");
        }
        Report report = reports.latest(periods.find(project, period), true)
                .orElseThrow(() -> new NotFoundProblem("Report", "of period " + period + " of " + project.acronym));
        if (report.status != ReportStatus.SUBMITTED) {
            throw new ConflictProblem("decision", "revision " + report.revision + " is " + report.status + " already");
        }
        report.status = input.decision() == DecisionInput.Decision.ACCEPTED
                ? ReportStatus.ACCEPTED
                : ReportStatus.CHANGES_REQUESTED;
        report.decidedAt = OffsetDateTime.now(clock);
        report.decidedBy = by.signature();
        report.decisionComment = input.comment().strip();
        reports.flush();
        activity.record(project, Subject.report(period, true), report.status.name(), null, summary(report));
        moved.fire(new ReportMoved(
                project, period, report.revision, report.status, by.username(), by.name(), report.decisionComment));
        return view(report, standing);
    }

    /** A remark on a submitted revision (the newest the caller may read), on a section or the whole. */
    @Transactional
    public ReportView comment(
            Project project, int period, ReportCommentInput input, Standing standing, CurrentUser by) {
        if (!ReportRules.mayComment(standing)) {
            throw new ForbiddenProblem("The funder's reviewers and the coordinator comment on submitted reports");
        }
        Report report = reports.latest(periods.find(project, period), true)
                .orElseThrow(() -> new ConflictProblem("period", "period " + period + " has no submitted report yet"));
        String section = text(input.section());
        if (section != null
                && content.read(report).sections().stream()
                        .noneMatch(s -> s.key().equals(section))) {
            throw new InvalidDataProblem("section", "the report has no section " + section);
        }
        ReportComment comment = new ReportComment();
        comment.report = report;
        comment.sectionKey = section;
        comment.authorUsername = by.username();
        comment.authorName = by.name();
        comment.text = input.text().strip();
        comment.createdAt = OffsetDateTime.now(clock);
        reports.persist(comment);
        reports.flush();
        activity.record(project, Subject.report(period, true), "COMMENTED", null, ReportView.CommentView.of(comment));
        return view(report, standing);
    }

    /** Each reporting period of the project with its newest report revision the visitor may read (two queries). */
    public List<PeriodReport> periodReports(Project project, Standing standing) {
        Map<Integer, Report> newest = new java.util.HashMap<>();
        reports.allOf(project).stream()
                .filter(r -> ReportRules.mayRead(standing, r))
                .forEach(r -> newest.putIfAbsent(r.period.number, r));
        return periods.export(project).stream()
                .map(p -> {
                    Report report = newest.get(p.number());
                    return new PeriodReport(
                            p.number(),
                            p.startMonth(),
                            p.endMonth(),
                            dueDates.of(project, p.endMonth()),
                            report == null ? null : report.status,
                            report == null ? null : report.revision);
                })
                .toList();
    }

    /** When each period of these projects first had its report submitted, by period id (one query). */
    public Map<Long, OffsetDateTime> firstSubmissions(Collection<Project> projects) {
        return reports.firstSubmissions(projects);
    }

    void refuseRemovingAReportedPeriod(@Observes ReportingPeriodRemoving removing) {
        if (reports.exists(removing.period())) {
            throw new ConflictProblem(
                    "reportingPeriods",
                    "reporting period " + removing.period().number + " has a periodic report; it cannot be removed");
        }
    }

    /** The revision as it reads: frozen content once submitted, live sections and tables while a draft. */
    ReportDocument document(Report report) {
        if (!report.isDraft()) {
            return content.read(report);
        }
        Project project = report.project;
        ReportingPeriod period = report.period;
        return new ReportDocument(
                project.acronym,
                project.title,
                project.funder,
                project.programme,
                project.grantReference,
                period.number,
                period.startMonth,
                period.endMonth,
                project.startOfMonth(period.startMonth),
                project.endOfMonth(period.endMonth),
                dueDates.of(project, period.endMonth),
                report.revision,
                report.sections.stream().map(SectionView::of).toList(),
                tables.of(project, period),
                risks
                        .asOf(project, project.startOfMonth(period.startMonth), project.endOfMonth(period.endMonth))
                        .stream()
                        .map(r -> new ReportDocument.RiskLine(
                                r.code(),
                                r.description(),
                                r.likelihood(),
                                r.impact(),
                                r.mitigation(),
                                r.owner(),
                                r.status(),
                                r.identifiedOn(),
                                r.closedOn()))
                        .toList(),
                statements.financialPart(project, period.number));
    }

    private ReportView view(Report report, Standing standing) {
        ReportDocument document = document(report).seenBy(standing);
        Map<String, String> leads =
                report.isDraft() && !standing.managesPlan() ? workPackageLeads(report.project) : Map.of();
        List<String> writable = report.isDraft()
                ? report.sections.stream()
                        .filter(s -> ReportRules.mayWrite(
                                standing, s, s.kind == SectionKind.WORK_PACKAGE ? leads.get(s.subject) : null))
                        .map(s -> s.key)
                        .toList()
                : List.of();
        List<ReportView.CommentView> comments = report.isDraft()
                ? List.of()
                : reports.comments(report).stream()
                        .map(ReportView.CommentView::of)
                        .toList();
        return new ReportView(
                document,
                report.status,
                report.createdAt,
                report.createdBy,
                report.submittedAt,
                report.submittedBy,
                report.overrideReason,
                report.contentSha256,
                report.decidedAt,
                report.decidedBy,
                report.decisionComment,
                report.isDraft() ? missing(report) : List.of(),
                writable,
                comments,
                report.version);
    }

    private Report find(Project project, int period, int revision, Standing standing) {
        return reports.revision(periods.find(project, period), revision)
                .filter(r -> ReportRules.mayRead(standing, r))
                .orElseThrow(() -> new NotFoundProblem(
                        "Report", "revision " + revision + " of period " + period + " of " + project.acronym));
    }

    private Report latestDraft(Project project, int period, Standing standing) {
        Report report = reports.latest(periods.find(project, period), false)
                .filter(r -> ReportRules.mayRead(standing, r))
                .orElseThrow(() -> new NotFoundProblem("Report", "of period " + period + " of " + project.acronym));
        if (!report.isDraft()) {
            throw new ConflictProblem(
                    "status",
                    "revision " + report.revision + " is " + report.status + ": a submitted report does not change");
        }
        return report;
    }

    private Report newRevision(Project project, ReportingPeriod period, int revision, CurrentUser by) {
        Report report = new Report();
        report.project = project;
        report.period = period;
        report.revision = revision;
        report.createdAt = OffsetDateTime.now(clock);
        report.createdBy = by.signature();
        return report;
    }

    /** The sections of a new revision: the summary, each work package running in the period, each partner. */
    private List<ReportSection> sectionsFor(Project project, ReportingPeriod period) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(section(SectionKind.SUMMARY, null, "summary", project.title));
        for (WorkPackageInput wp : workPackages.export(project)) {
            if (wp.startMonth() <= period.endMonth && wp.endMonth() >= period.startMonth) {
                sections.add(section(SectionKind.WORK_PACKAGE, wp.number(), "wp-" + wp.number(), wp.title()));
            }
        }
        for (Organisation organisation : partners.organisations(project)) {
            sections.add(section(
                    SectionKind.PARTNER, organisation.code, "partner-" + organisation.code, organisation.legalName));
        }
        return sections;
    }

    private static ReportSection section(SectionKind kind, String subject, String key, String heading) {
        ReportSection section = new ReportSection();
        section.kind = kind;
        section.subject = subject;
        section.key = key;
        section.heading = heading;
        return section;
    }

    private static ReportSection copy(SectionView s) {
        ReportSection section = section(s.kind(), s.subject(), s.key(), s.heading());
        section.progress = s.progress();
        section.achievements = s.achievements();
        section.deviations = s.deviations();
        section.correctiveActions = s.correctiveActions();
        return section;
    }

    private static void add(Report report, ReportSection section) {
        section.report = report;
        section.position = report.sections.size();
        section.ready = false;
        report.sections.add(section);
    }

    private static List<String> missing(Report report) {
        return report.sections.stream().filter(s -> !s.ready).map(s -> s.key).toList();
    }

    /**
     * The lead organisation of each work package, by its number ({@code WP4}), in one query; a work
     * package removed from the plan since the report opened has none (only the coordinator writes its section).
     */
    private Map<String, String> workPackageLeads(Project project) {
        return workPackages.export(project).stream()
                .collect(Collectors.toMap(WorkPackageInput::number, WorkPackageInput::lead));
    }

    private static void requireCoordinator(Standing standing, String what) {
        if (!standing.managesPlan()) {
            throw new ForbiddenProblem("Only the coordinator " + what);
        }
    }

    private static Map<String, Object> summary(Report report) {
        return Map.of(
                "revision",
                report.revision,
                "status",
                report.status,
                "contentSha256",
                Objects.requireNonNullElse(report.contentSha256, ""));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String text(String text) {
        return present(text) ? text.strip() : null;
    }
}
