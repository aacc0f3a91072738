package org.consortia.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import org.consortia.event.Event;

/** What an event holds besides its list, for the decision to remove it: signed sheets, survey answers, registrations. */
@ApplicationScoped
class EventEvidence {

    private final SignedSheetRepository sheets;
    private final SurveyRepository surveys;
    private final RegistrationRepository registrations;

    EventEvidence(SignedSheetRepository sheets, SurveyRepository surveys, RegistrationRepository registrations) {
        this.sheets = sheets;
        this.surveys = surveys;
        this.registrations = registrations;
    }

    /** Whether the event has signed sheets or survey answers. */
    boolean holds(Event event) {
        return sheets.count("event", event) > 0 || surveys.countAnswers(event) > 0;
    }

    /**
     * Removes what still waits on the event: its registrations not confirmed yet (and what they hold), and its survey
     * links never used (those of people taken off its list after it closed), which nobody can answer any more.
     */
    void dropWhatWaits(Event event) {
        registrations.delete("event", event);
        surveys.deleteUnusedLinks(event);
    }
}
