package org.consortia.report;

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

/**
 * A written part of a report: the summary, a work package's or a partner's. Only the fields of its
 * kind are used ({@link SectionKind}); who last edited it and whether its writer marked it ready.
 */
@Entity
public class ReportSection extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Column(nullable = false)
    public int position;

    /** {@code summary}, {@code wp-WP1}, {@code partner-NEXEM}: the section's address in the API. */
    @Column(name = "section_key", nullable = false)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionKind kind;

    /** The work package ({@code WP1}) or the partner's organisation code; none for the summary. */
    public String subject;

    /** The work package's title or the partner's name when the report was opened. */
    @Column(nullable = false)
    public String heading;

    public String progress;

    public String achievements;

    public String deviations;

    public String correctiveActions;

    @Column(nullable = false)
    public boolean ready;

    public String editedBy;

    public String editedByName;

    public OffsetDateTime editedAt;

    @Version
    public long version;
}
