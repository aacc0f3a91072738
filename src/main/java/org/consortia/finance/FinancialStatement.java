package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.consortia.common.CanonicalJson;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;

/** A beneficiary's financial statement for a reporting period (V25). */
@Entity
public class FinancialStatement extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participation_id")
    public Participation beneficiary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatementStatus status = StatementStatus.DRAFT;

    /** The explanation of the use of resources. */
    public String explanation;

    /** Why the coordinator sent it back, until it is submitted again. */
    public String returnedComment;

    public OffsetDateTime submittedAt;

    public String submittedBy;

    public OffsetDateTime decidedAt;

    public String decidedBy;

    /** Once accepted: the statement as canonical JSON, and its SHA-256. */
    public String content;

    @Column(name = "content_sha256")
    public String contentSha256;

    @Version
    public long version;

    /** The statement as it was frozen when the coordinator accepted it; null before. */
    public StatementView frozen() {
        return content == null ? null : CanonicalJson.read(content, StatementView.class, "statement " + id);
    }
}
