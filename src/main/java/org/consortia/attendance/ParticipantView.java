package org.consortia.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A participant as the event's organisers read them. */
public record ParticipantView(
        long id,
        String name,
        String email,
        String organisation,
        OrganisationType organisationType,
        String country,
        String role,
        Gender gender,
        Presence presence,
        List<LocalDate> daysAttended,
        Consent consent,
        boolean photoConsent,
        ParticipantSource source,
        OffsetDateTime erasedAt,
        long version) {

    /** What they consented to: the version of the text, and when. */
    public record Consent(String textVersion, OffsetDateTime at) {}

    static ParticipantView of(Participant p) {
        return new ParticipantView(
                p.id,
                p.name,
                p.email,
                p.organisation,
                p.organisationType,
                p.country,
                p.role,
                p.gender,
                p.presence,
                List.copyOf(p.daysAttended),
                new Consent(p.consentTextVersion, p.consentedAt),
                p.photoConsent,
                p.source,
                p.erasedAt,
                p.version);
    }
}
