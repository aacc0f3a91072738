package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.consortia.attendance.RegistrationRequested;
import org.consortia.attendance.SurveyInvited;

/**
 * The mails to the people on events' lists, through the outbox: the confirmation of a registration, the invitation to
 * an evaluation survey.
 */
@ApplicationScoped
class ParticipantNotices {

    private final Notices notices;

    ParticipantNotices(Notices notices) {
        this.notices = notices;
    }

    void registrationRequested(@Observes RegistrationRequested registration) {
        notices.addForParticipant(
                registration.email(),
                NotificationKind.REGISTRATION_CONFIRMATION,
                registration.project(),
                registration.code(),
                registration.title(),
                registration.path(),
                registration.language());
    }

    void surveyInvited(@Observes SurveyInvited invitation) {
        notices.addForParticipant(
                invitation.email(),
                NotificationKind.SURVEY_INVITATION,
                invitation.project(),
                invitation.code(),
                invitation.title(),
                invitation.path(),
                invitation.language());
    }
}
