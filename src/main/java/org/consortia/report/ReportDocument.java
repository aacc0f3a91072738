package org.consortia.report;

import java.time.LocalDate;
import java.util.List;
import org.consortia.finance.FinancialPart;
import org.consortia.risk.RiskLevel;
import org.consortia.risk.RiskStatus;
import org.consortia.security.Standing;

/**
 * A revision of a periodic report as it reads — what the page and the PDF show, and, once submitted,
 * what is frozen (as canonical JSON) and hashed: the project, the period, the written sections, the
 * generated tables, the risks and the use of resources (null for a project without a budget, and in revisions frozen
 * before it was reported). A draft also holds the consortium's internal annex; what is frozen is only the part that goes to
 * the funder ({@link #forFunder}).
 */
public record ReportDocument(
        String project,
        String projectTitle,
        String funder,
        String programme,
        String grantReference,
        int period,
        int startMonth,
        int endMonth,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        int revision,
        List<SectionView> sections,
        ReportTables tables,
        List<RiskLine> risks,
        FinancialPart finances) {

    /** What is frozen and sent to the funder: the same, its tables without the consortium's internal annex. */
    public ReportDocument forFunder() {
        return with(tables.forFunder(), finances == null ? null : finances.forFunder());
    }

    /** As {@code standing} reads it: the use of resources shows a partner the figures of its own organisation. */
    public ReportDocument seenBy(Standing standing) {
        return finances == null ? this : with(tables, finances.seenBy(standing));
    }

    private ReportDocument with(ReportTables shownTables, FinancialPart shownFinances) {
        return new ReportDocument(
                project,
                projectTitle,
                funder,
                programme,
                grantReference,
                period,
                startMonth,
                endMonth,
                periodStart,
                periodEnd,
                dueDate,
                revision,
                sections,
                shownTables,
                risks,
                shownFinances);
    }

    /** A risk of the project's register as of the period. */
    public record RiskLine(
            String code,
            String description,
            RiskLevel likelihood,
            RiskLevel impact,
            String mitigation,
            String owner,
            RiskStatus status,
            LocalDate identifiedOn,
            LocalDate closedOn) {}
}
