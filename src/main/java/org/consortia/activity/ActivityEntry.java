package org.consortia.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.Map;
import org.consortia.project.Project;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a project, as the audit trail keeps it: never updated, never deleted. */
@Entity
@Immutable
public class ActivityEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String actorUsername;

    public String actorName;

    /** The actor's organisation codes, comma-separated. */
    @Column(nullable = false)
    public String actorOrganisation = "";

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String subjectType;

    @Column(nullable = false)
    public String subjectKey;

    public String deliverableCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_values")
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_values")
    public Map<String, Object> after;

    /** Whether the funder's reviewers may read it: nothing about drafts or internal work. */
    @Column(nullable = false)
    public boolean visibleToFunder;
}
