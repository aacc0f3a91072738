package org.consortia.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import org.consortia.event.Event;
import org.consortia.project.Project;
import org.consortia.workpackage.WorkPackage;

/**
 * A meeting that is not a deliverable (a partner meeting, a steering committee, a training-programme meeting),
 * attached to a work package. It is an event: its {@link #event} holds when and where, and its participants, evidence
 * and evaluation count as those of an event deliverable do.
 */
@Entity
public class Meeting extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_package_id")
    public WorkPackage workPackage;

    /** How the project names it (SC1, PM2): the code of its event's pages, never a deliverable's. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "event_id")
    public Event event;

    @Version
    public long version;
}
