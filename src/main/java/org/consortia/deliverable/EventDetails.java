package org.consortia.deliverable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.consortia.partner.Participation;

/** Where and when an event deliverable (meeting, training, national event, conference) takes place. */
@Embeddable
public class EventDetails {

    @Column(name = "event_planned_date")
    public LocalDate plannedDate;

    @Column(name = "event_actual_date")
    public LocalDate actualDate;

    @Column(name = "event_country")
    public String country;

    @Column(name = "event_city")
    public String city;

    @Column(name = "event_venue")
    public String venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_host_id")
    public Participation host;

    @Column(name = "event_expected_participants")
    public Integer expectedParticipants;

    @Column(name = "event_actual_participants")
    public Integer actualParticipants;
}
