package org.consortia.attendance;

/**
 * What the activity trail keeps of a participant: the id, how they came onto the list and the version of their record
 * (a change moves it). Nothing of the person: every member reads the trail, and a country or a gender on its own can
 * tell who someone is at a small event.
 */
record ParticipantTrace(long id, ParticipantSource source, long version) {

    static ParticipantTrace of(Participant p) {
        return new ParticipantTrace(p.id, p.source, p.version);
    }
}
