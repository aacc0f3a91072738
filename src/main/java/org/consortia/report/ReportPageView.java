package org.consortia.report;

import java.util.List;
import org.consortia.attendance.BreakdownCharts;
import org.consortia.project.ProjectView;
import org.consortia.reportingperiod.ReportingPeriodView;
import org.consortia.security.Standing;
import org.consortia.web.FormError;

/**
 * What the report page shows: the period, the revision (none before the coordinator opens the report),
 * the other revisions, the charts, and a form's error with what was typed in the section at fault.
 */
public record ReportPageView(
        ProjectView project,
        ReportingPeriodView period,
        Standing standing,
        ReportView report,
        List<ReportView.Revision> revisions,
        ReportCharts.LineChart progress,
        ReportCharts.BarChart participants,
        BreakdownCharts attendance,
        FormError error,
        SectionInput typed) {

    public ReportDocument document() {
        return report == null ? null : report.document();
    }

    public boolean isDraft() {
        return report != null && report.status() == ReportStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return report != null && report.status() == ReportStatus.SUBMITTED;
    }

    public boolean mayCoordinate() {
        return standing.managesPlan();
    }

    public boolean mayDecide() {
        return isSubmitted() && standing.accepts(project.acceptanceAuthority());
    }

    public boolean mayComment() {
        return report != null && report.status().seenByFunder() && ReportRules.mayComment(standing);
    }

    public boolean mayOpenRevision() {
        return standing.managesPlan()
                && report != null
                && report.status() == ReportStatus.CHANGES_REQUESTED
                && revisions.get(0).revision() == report.document().revision();
    }

    public boolean mayWrite(String key) {
        return isDraft() && report.writableSections().contains(key);
    }

    /** What to show in a section's form: what was typed, if this section's form failed, else what is saved. */
    public SectionInput shown(SectionView section) {
        if (typed != null && error != null && error.on("section-" + section.key())) {
            return typed;
        }
        return new SectionInput(
                section.progress(),
                section.achievements(),
                section.deviations(),
                section.correctiveActions(),
                section.ready());
    }

    /** The error of the form of section {@code key}, if that form failed. */
    public FormError errorOn(String key) {
        return error != null && error.on("section-" + key) ? error : null;
    }

    /** The remarks on a section ({@code null}: on the whole report). */
    public List<ReportView.CommentView> commentsOn(String key) {
        return report == null
                ? List.of()
                : report.comments().stream()
                        .filter(c -> key == null ? c.section() == null : key.equals(c.section()))
                        .toList();
    }
}
