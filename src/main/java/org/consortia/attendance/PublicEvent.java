package org.consortia.attendance;

import java.time.LocalDate;
import java.util.List;
import org.consortia.event.Event;
import org.consortia.project.Project;

/**
 * An event as its public registration form shows it to anyone with the form's address: what, when and where, the
 * project that holds it, and whether it takes registrations now (until {@code until}).
 */
public record PublicEvent(
        String key,
        String projectAcronym,
        String projectTitle,
        boolean euGrant,
        String funder,
        String code,
        String title,
        Event event,
        List<LocalDate> days,
        boolean accepting,
        LocalDate until) {

    static PublicEvent of(String key, Project project, String code, String title, Event event, LocalDate today) {
        return new PublicEvent(
                key,
                project.acronym,
                project.title,
                project.euGrant,
                project.funder,
                code,
                title,
                event,
                event.days(),
                RegistrationService.accepts(event, today),
                RegistrationService.until(event));
    }
}
