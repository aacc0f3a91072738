package org.consortia.attendance;

import java.time.LocalDate;
import java.util.List;

/**
 * What the activity trail keeps of a participant: the id and what the breakdowns count, never a name, an e-mail, an
 * organisation or a role.
 */
record ParticipantTrace(
        long id,
        OrganisationType organisationType,
        String country,
        Gender gender,
        Presence presence,
        List<LocalDate> daysAttended,
        ParticipantSource source) {

    static ParticipantTrace of(Participant p) {
        return new ParticipantTrace(
                p.id, p.organisationType, p.country, p.gender, p.presence, List.copyOf(p.daysAttended), p.source);
    }
}
