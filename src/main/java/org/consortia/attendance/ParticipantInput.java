package org.consortia.attendance;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.consortia.common.CountryCode;

/**
 * A participant as the organisers enter them. {@code processingConsent} says that they consented to the processing of
 * their data in the text in force ({@link ConsentText}): without it nobody is recorded. {@code gender} defaults to not
 * given, {@code presence} to in person.
 */
public record ParticipantInput(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 255) String organisation,
        @NotNull OrganisationType organisationType,
        @CountryCode String country,
        @Size(max = 255) String role,
        Gender gender,
        Presence presence,
        @Size(max = 31) List<@NotNull LocalDate> daysAttended,
        boolean processingConsent,
        boolean photoConsent) {

    /** The days attended, none when left out. */
    public List<LocalDate> days() {
        return daysAttended == null ? List.of() : daysAttended;
    }

    /** The same person, come in person on {@code day} only: a walk-in. */
    public ParticipantInput walkingIn(LocalDate day) {
        return new ParticipantInput(
                name,
                email,
                organisation,
                organisationType,
                country,
                role,
                gender,
                Presence.IN_PERSON,
                List.of(day),
                processingConsent,
                photoConsent);
    }
}
