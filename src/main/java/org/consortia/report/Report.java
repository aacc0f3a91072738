package org.consortia.report;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.consortia.project.Project;
import org.consortia.reportingperiod.ReportingPeriod;

/**
 * One revision of the periodic report of a reporting period. A draft's sections change and its tables
 * are computed when read; submission freezes everything into {@link #content} with its SHA-256, and
 * from then on only the funder's decision is written.
 */
@Entity
public class Report extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public ReportingPeriod period;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status = ReportStatus.DRAFT;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public String createdBy;

    public OffsetDateTime submittedAt;

    public String submittedBy;

    /** Why the coordinator submitted with sections not marked ready. */
    public String overrideReason;

    /** The frozen revision: the canonical JSON of its {@link ReportDocument}. */
    public String content;

    @Column(name = "content_sha256")
    public String contentSha256;

    public OffsetDateTime decidedAt;

    public String decidedBy;

    public String decisionComment;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportSection> sections = new ArrayList<>();

    @Version
    public long version;

    public boolean isDraft() {
        return status == ReportStatus.DRAFT;
    }

    public ReportSection section(String key) {
        return sections.stream().filter(s -> s.key.equals(key)).findFirst().orElse(null);
    }
}
