package org.consortia.report;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** A remark on a submitted revision, on one of its sections or on the whole; what was said stays said. */
@Entity
@Immutable
public class ReportComment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    /** The section it is about; none for the whole report. */
    public String sectionKey;

    @Column(nullable = false)
    public String authorUsername;

    public String authorName;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
