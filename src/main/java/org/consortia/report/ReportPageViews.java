package org.consortia.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.consortia.attendance.AttendanceMessages;
import org.consortia.attendance.BreakdownCharts;
import org.consortia.common.NotFoundProblem;
import org.consortia.project.Project;
import org.consortia.project.ProjectView;
import org.consortia.reportingperiod.ReportingPeriodService;
import org.consortia.security.Standing;
import org.consortia.web.FormError;
import org.consortia.web.LocalisedMessages;
import org.consortia.web.PdfRenderer;

/**
 * A period's report as the page and the PDF show it, for the page and the API alike: the revision the
 * visitor asks for (or the newest they may read), the other revisions and the charts.
 */
@ApplicationScoped
class ReportPageViews {

    private final ReportService reports;
    private final ReportingPeriodService periods;
    private final ReportPdf pdf;
    private final PdfRenderer renderer;
    private final LocalisedMessages messages;

    ReportPageViews(
            ReportService reports,
            ReportingPeriodService periods,
            ReportPdf pdf,
            PdfRenderer renderer,
            LocalisedMessages messages) {
        this.reports = reports;
        this.periods = periods;
        this.pdf = pdf;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** The page's view; no report yet is a page with no revision, except for a reviewer (404). */
    ReportPageView of(
            Project project, int period, Integer revision, Standing standing, FormError error, SectionInput typed) {
        List<ReportView.Revision> revisions = reports.revisions(project, period, standing);
        if (revisions.isEmpty() && standing.isReviewer()) {
            throw new NotFoundProblem("Report", "of period " + period + " of " + project.acronym);
        }
        ReportView report = revisions.isEmpty()
                ? null
                : revision == null
                        ? reports.current(project, period, standing)
                        : reports.revision(project, period, revision, standing);
        ReportTables tables = report == null ? null : report.document().tables();
        return new ReportPageView(
                ProjectView.of(project),
                periods.get(project, period),
                standing,
                report,
                revisions,
                tables == null ? null : ReportCharts.progress(tables.progress()),
                tables == null ? null : ReportCharts.participants(tables.participants()),
                tables == null || tables.attendance() == null
                        ? null
                        : BreakdownCharts.of(tables.attendance(), messages.get(AttendanceMessages.class)),
                error,
                typed);
    }

    /** The revision as a PDF download, {@code FORESEE-report-P1-r2.pdf}; 404 when there is no report. */
    Response pdf(Project project, int period, Integer revision, Standing standing) {
        ReportPageView view = of(project, period, revision, standing, null, null);
        if (view.report() == null) {
            throw new NotFoundProblem("Report", "of period " + period + " of " + project.acronym);
        }
        String html = pdf.html(view);
        byte[] body = renderer.render(html);
        String name =
                project.acronym + "-report-P" + period + "-r" + view.document().revision() + ".pdf";
        return Response.ok(body, new MediaType("application", "pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
