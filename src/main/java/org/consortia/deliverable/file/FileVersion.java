package org.consortia.deliverable.file;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.consortia.deliverable.Deliverable;

/** One uploaded version of a deliverable's output. Its bytes never change; it may only be withdrawn. */
@Entity
public class FileVersion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deliverable_id")
    public Deliverable deliverable;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String originalName;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public String mediaType;

    public String note;

    @Column(nullable = false)
    public String uploaderUsername;

    public String uploaderName;

    /** The uploader's organisation codes, comma-separated. */
    @Column(nullable = false)
    public String uploaderOrganisation = "";

    @Column(nullable = false)
    public OffsetDateTime uploadedAt;

    public OffsetDateTime withdrawnAt;

    public String withdrawnBy;

    @Version
    public long version;
}
