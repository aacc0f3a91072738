package org.consortia.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.consortia.event.Event;
import org.consortia.project.Project;
import org.hibernate.annotations.Immutable;

/**
 * An event with the deliverable or meeting it belongs to, as the view {@code event_owner} (V36) joins them: its
 * project, the code that addresses it and its title. Read-only: the public forms and the reports find an event's owner
 * through it, whichever it is.
 */
@Entity
@Immutable
@Table(name = "event_owner")
public class OwnedEvent {

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", insertable = false, updatable = false)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    public Project project;

    public String code;

    public String title;

    /** Whether it is a meeting's (else a deliverable's). */
    public boolean meeting;
}
