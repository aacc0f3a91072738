package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.consortia.event.Event;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Someone on an event's list: who they are and where they come from (personal data, read by the event's organisers
 * only), how they take part and on which days, and the consents they gave.
 */
@Entity
public class Participant extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(nullable = false)
    public String name;

    public String email;

    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType organisationType;

    /** The country of their organisation (not of the venue). */
    public String country;

    public String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender = Gender.NOT_GIVEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Presence presence = Presence.IN_PERSON;

    /** The days of the event they attended. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<LocalDate> daysAttended = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantSource source;

    /** The version of the consent text they agreed to ({@link ConsentText}), and when. */
    @Column(nullable = false)
    public String consentTextVersion;

    @Column(nullable = false)
    public OffsetDateTime consentedAt;

    /** Whether they agreed to appear in photos and publications: separate, and optional. */
    public boolean photoConsent;

    /** The language of their mails (the form they registered on); null for the platform's. */
    public String language;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    /** When their personal data was erased (the record pseudonymised, its counts kept); null while it is held. */
    public OffsetDateTime erasedAt;

    @Version
    public long version;
}
