package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.event.Event;

/**
 * Someone who registered on an event's public form and has not confirmed by mail yet: what they typed, and the hash
 * of the token mailed to them. Confirmed, they go on the list and this row goes; unconfirmed, it goes when it expires.
 */
@Entity
public class Registration extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    /** The SHA-256 of the token in the confirmation link; the token itself is only in the mail. */
    @Column(nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType organisationType;

    public String country;

    public String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender = Gender.NOT_GIVEN;

    @Enumerated(EnumType.STRING)
    public Presence presence;

    public boolean photoConsent;

    /** The version of the consent text they ticked on the form ({@link ConsentText}). */
    @Column(nullable = false)
    public String consentTextVersion;

    /** The language of the form they used: their mails are in it. */
    public String language;

    /** The SHA-256 of the network address the request came from: the rate limit per client counts it. */
    @Column(nullable = false)
    public String clientHash;

    @Column(nullable = false)
    public OffsetDateTime requestedAt;

    @Column(nullable = false)
    public OffsetDateTime expiresAt;

    /** What they typed, as a participant's input. */
    ParticipantInput input() {
        return new ParticipantInput(
                name,
                email,
                organisation,
                organisationType,
                country,
                role,
                gender,
                presence,
                List.of(),
                true,
                photoConsent);
    }
}
