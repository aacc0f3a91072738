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

/**
 * That a participant was invited to an event's evaluation survey, and when: nobody is invited twice. Their link is a
 * {@link SurveyToken} tied to nobody, so whether they answered is kept nowhere.
 */
@Entity
public class SurveyInvitation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Column(nullable = false)
    public OffsetDateTime invitedAt;
}
