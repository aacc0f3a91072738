package org.consortia.attendance;

import static org.consortia.web.FormValues.choice;
import static org.consortia.web.FormValues.date;
import static org.consortia.web.FormValues.text;
import static org.consortia.web.FormValues.ticked;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.consortia.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** A participant as typed on the event's page; the days attended as tick boxes, the consents as check boxes. */
public class ParticipantFields {

    @RestForm
    public String name;

    @RestForm
    public String email;

    @RestForm
    public String organisation;

    @RestForm
    public String organisationType;

    @RestForm
    public String country;

    @RestForm
    public String role;

    @RestForm
    public String gender;

    @RestForm
    public String presence;

    @RestForm
    public List<String> daysAttended;

    @RestForm
    public String processingConsent;

    @RestForm
    public String photoConsent;

    static ParticipantFields blank() {
        return new ParticipantFields();
    }

    /** The fields typed as text, in the form's order. */
    public List<String> textFields() {
        return List.of("name", "email", "organisation", "country", "role");
    }

    /** The text fields of a walk-in, at the door: who they are and where they come from. */
    public List<String> walkInFields() {
        return List.of("name", "organisation", "country", "email");
    }

    /** What was typed in the text field {@code field}. */
    public String value(String field) {
        String typed = switch (field) {
            case "name" -> name;
            case "email" -> email;
            case "organisation" -> organisation;
            case "country" -> country;
            case "role" -> role;
            default -> throw new IllegalArgumentException(field);
        };
        return typed == null ? "" : typed;
    }

    public boolean attended(LocalDate day) {
        return daysAttended != null && daysAttended.contains(day.toString());
    }

    public List<OrganisationType> organisationTypes() {
        return List.of(OrganisationType.values());
    }

    public List<Gender> genders() {
        return List.of(Gender.values());
    }

    public List<Presence> presences() {
        return List.of(Presence.values());
    }

    ParticipantInput input(FormErrors errors) {
        List<LocalDate> days = new ArrayList<>();
        for (String day : ticked(daysAttended)) {
            days.add(date(day, "daysAttended", errors));
        }
        String countryCode = text(country);
        return new ParticipantInput(
                text(name),
                text(email),
                text(organisation),
                choice(OrganisationType.class, organisationType, "organisationType", errors),
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                text(role),
                choice(Gender.class, gender, "gender", errors),
                choice(Presence.class, presence, "presence", errors),
                days.stream().filter(Objects::nonNull).toList(),
                text(processingConsent) != null,
                text(photoConsent) != null);
    }
}
