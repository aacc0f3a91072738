package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.consortia.attendance.RegistrationRequested;

/** The mails to the people on events' lists, through the outbox: the confirmation of a registration. */
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
}
