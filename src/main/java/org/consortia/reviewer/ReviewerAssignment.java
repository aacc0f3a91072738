package org.consortia.reviewer;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import org.consortia.project.Project;

/** A funder's reviewer account assigned to a project, named by its user name in the identity provider. */
@Entity
public class ReviewerAssignment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public OffsetDateTime assignedAt;
}
