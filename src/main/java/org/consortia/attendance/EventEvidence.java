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

    /** Removes the event's registrations still waiting for their confirmation (and what they hold). */
    void dropWaitingRegistrations(Event event) {
        registrations.delete("event", event);
    }
}
