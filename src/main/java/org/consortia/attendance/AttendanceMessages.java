package org.consortia.attendance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of an event's participants and breakdown, in English ({@code {attendance:…}} in the templates); the other
 * languages are in {@code messages/attendance_<language>.properties}.
 */
@MessageBundle("attendance")
public interface AttendanceMessages {

    @Message("{#when type}{#is EMPLOYERS_ORGANISATION}Employers' organisation{#is TRADE_UNION}Trade union"
            + "{#is PUBLIC_AUTHORITY}Public authority{#is SERVICE_PROVIDER}Service provider{#is NGO}NGO"
            + "{#is EDUCATION_RESEARCH}Education or research{#is OTHER}Other{/when}")
    String organisation_type(OrganisationType type);

    @Message("{#when gender}{#is WOMAN}Woman{#is MAN}Man{#is NON_BINARY}Non-binary{#is NOT_GIVEN}Not given{/when}")
    String gender(Gender gender);

    @Message("{#when presence}{#is IN_PERSON}In person{#is ONLINE}Online{/when}")
    String presence(Presence presence);

    @Message("Not given")
    String not_given();

    @Message("Participants")
    String participants();

    @Message("Participants of {code}")
    String heading(String code);

    @Message("Who came")
    String who_came();

    @Message("{total} participant(s) on the list.")
    String total(long total);

    @Message("Nobody is on the list yet.")
    String nobody();

    @Message("By country of their organisation")
    String by_country();

    @Message("By kind of organisation")
    String by_organisation_type();

    @Message("By gender")
    String by_gender();

    @Message("In person or online")
    String by_presence();

    @Message("Per day attended")
    String by_day();

    @Message("The list of participants: only the coordinator, the lead partner and the hosts read it.")
    String list_caption();

    @Message("Name")
    String col_name();

    @Message("Organisation")
    String col_organisation();

    @Message("Kind")
    String col_type();

    @Message("Country")
    String col_country();

    @Message("Role")
    String col_role();

    @Message("Days")
    String col_days();

    @Message("Photos")
    String col_photos();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Previous names")
    String earlier();

    @Message("Next names")
    String later();

    @Message("Take off the list")
    String remove();

    @Message("Add a participant")
    String add();

    @Message("The event has no date yet: give its details first, then list who comes.")
    String no_details();

    @Message("The participant consented to the processing of their data for this event: their name, contact and"
            + " organisation are kept by the consortium to organise it and prove to the funder that it took place, and"
            + " read only by its organisers; the counts go into the project's reports.")
    String consent_processing();

    @Message("The participant agreed to appear in photos and publications of the project.")
    String consent_photos();

    @Message("{name} is on the list.")
    String flash_added(String name);

    @Message("Participant {id} was taken off the list.")
    String flash_removed(long id);

    @Message("Participants and breakdown")
    String link();

    @Message("{#when field}{#is 'name'}Name{#is 'email'}E-mail{#is 'organisation'}Organisation"
            + "{#is 'organisationType'}Kind of organisation{#is 'country'}Country of the organisation{#is 'role'}Role"
            + "{#is 'gender'}Gender{#is 'presence'}In person or online{#is 'daysAttended'}Days attended"
            + "{#is 'processingConsent'}Consent to the processing{#is 'photoConsent'}Consent to photos"
            + "{#else}{field}{/when}")
    String label(String field);
}
