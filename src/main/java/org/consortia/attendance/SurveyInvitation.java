package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.time.OffsetDateTime;
import org.consortia.event.Event;

/** A participant's one-time link to an event's evaluation survey: the hash of its token, and whether it was used. */
@Entity
public class SurveyInvitation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Column(nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public OffsetDateTime invitedAt;

    /** Whether its survey was answered: the link works once. Which answer is theirs is kept nowhere. */
    public boolean answered;
}
