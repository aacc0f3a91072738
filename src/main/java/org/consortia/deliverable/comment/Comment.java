package org.consortia.deliverable.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.Visibility;
import org.hibernate.annotations.Immutable;

/** A comment on a deliverable; what was said stays said. */
@Entity
@Immutable
public class Comment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deliverable_id")
    public Deliverable deliverable;

    @Column(nullable = false)
    public String authorUsername;

    public String authorName;

    /** The author's organisation codes, comma-separated. */
    @Column(nullable = false)
    public String authorOrganisation = "";

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
