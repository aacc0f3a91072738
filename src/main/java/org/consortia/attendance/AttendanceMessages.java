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

    @Message("Import a spreadsheet")
    String import_heading();

    @Message("A CSV or Excel (.xlsx) file, one participant per row, with a header row naming the columns: name,"
            + " email, organisation, organisation type, country, role, gender, presence, days (2022-05-19; 2022-05-20),"
            + " consent (yes when they consented to the processing of their data), photos. Name, organisation type"
            + " and consent are required. Nothing is added before you confirm.")
    String import_hint();

    @Message("Spreadsheet")
    String import_file();

    @Message("Check the spreadsheet")
    String import_check();

    @Message("{rows} row(s) read: {accepted} can go on the list, {refused} cannot.")
    String import_summary(int rows, int accepted, int refused);

    @Message("Rows left out, and why")
    String import_refused_caption();

    @Message("Row")
    String col_row();

    @Message("Why")
    String col_why();

    @Message("Add the {accepted} good row(s) to the list")
    String import_confirm(int accepted);

    @Message("{added} participant(s) added from the spreadsheet{#if refused > 0}; {refused} row(s) left out{/if}.")
    String flash_imported(int added, int refused);

    @Message("Participants and breakdown")
    String link();

    @Message("{#when field}{#is 'name'}Name{#is 'email'}E-mail{#is 'organisation'}Organisation"
            + "{#is 'organisationType'}Kind of organisation{#is 'country'}Country of the organisation{#is 'role'}Role"
            + "{#is 'gender'}Gender{#is 'presence'}In person or online{#is 'daysAttended'}Days attended"
            + "{#is 'processingConsent'}Consent to the processing{#is 'photoConsent'}Consent to photos{#is 'file'}Spreadsheet"
            + "{#is 'scan'}Scan of the signed sheet{#is 'day'}Day{#else}{field}{/when}")
    String label(String field);

    @Message("Attendance sheet")
    String sheet_title();

    @Message("Co-funded by the European Union")
    String sheet_funding_eu();

    @Message("With the support of {funder}")
    String sheet_funding_other(String funder);

    @Message("Day {number} of {days}: {date}")
    String sheet_day(int number, int days, String date);

    @Message("Project {name}")
    String sheet_project(String name);

    @Message("Grant agreement {reference}")
    String sheet_grant(String reference);

    @Message("Signature")
    String sheet_signature();

    @Message(
            "By signing, you confirm that you attended. Your data is processed as the consent text {version} says; the organisers keep this sheet as evidence for the funder.")
    String sheet_footer(String version);

    @Message("Attendance and evidence")
    String evidence_heading();

    @Message("Day")
    String col_day();

    @Message("Signature sheet (PDF)")
    String signature_sheet();

    @Message("Check in")
    String check_in();

    @Message("The attendance was closed on {date} by {by}: no more check-in or walk-ins.")
    String closed_on(String date, String by);

    @Message(
            "Print each day's signature sheet, check people in on a phone, then close the attendance once the event is over.")
    String open_hint();

    @Message("Close the attendance")
    String close();

    @Message("Reopen the attendance")
    String reopen();

    @Message("The attendance is closed.")
    String flash_closed();

    @Message("The attendance is open again.")
    String flash_reopened();

    @Message("Signed sheets")
    String signed_sheets();

    @Message("The scanned signature sheets, each day's newest version first.")
    String signed_sheets_caption();

    @Message("Version")
    String col_version();

    @Message("File")
    String col_file();

    @Message("Uploaded")
    String col_uploaded();

    @Message("For the funder")
    String col_for_funder();

    @Message("No signed sheet uploaded yet.")
    String no_signed_sheets();

    @Message("No signed sheet was sent with this deliverable.")
    String funder_no_signed_sheets();

    @Message("Upload a signed sheet")
    String upload_sheet();

    @Message("A scan as PDF, JPEG or PNG. A new upload for a day adds a version; the earlier ones stay.")
    String upload_sheet_hint();

    @Message("Upload")
    String upload();

    @Message("Send to the funder")
    String choose_for_funder();

    @Message("Keep from the funder")
    String unchoose_for_funder();

    @Message("chosen")
    String chosen();

    @Message("Version {number} of the sheet of {day} is stored.")
    String flash_sheet_uploaded(int number, String day);

    @Message(
            "{#if chosen}The sheet goes to the funder with the deliverable.{#else}The sheet stays within the consortium.{/if}")
    String flash_sheet_chosen(boolean chosen);

    @Message("The sheet was removed.")
    String flash_sheet_removed();

    @Message("Check-in of {code}: {date}")
    String check_in_heading(String code, String date);

    @Message("{present} of {total} on the list present this day.")
    String present_count(long present, long total);

    @Message("Find a name")
    String find_name();

    @Message("Find")
    String find();

    @Message("Present")
    String present();

    @Message("Mark present")
    String mark_present();

    @Message("Undo")
    String undo();

    @Message("Someone not on the list")
    String walk_in_heading();

    @Message("Add, present today")
    String walk_in_add();

    @Message("The attendance is closed: nobody is checked in any more.")
    String check_in_closed();

    @Message("{name} is present.")
    String flash_checked_in(String name);

    @Message("{name} is no longer marked present.")
    String flash_checked_out(String name);

    @Message("Back to the event")
    String back_to_event();

    @Message("Other days")
    String other_days();

    @Message("Register: {title}")
    String register_heading(String title);

    @Message("When")
    String register_when();

    @Message("Where")
    String register_where();

    @Message("Working languages")
    String register_languages();

    @Message("Project")
    String register_project();

    @Message("Registration open until")
    String register_until();

    @Message("Registration for this event is closed.")
    String register_closed();

    @Message("Your registration")
    String register_form();

    @Message("required")
    String required();

    @Message("Leave this field empty")
    String register_leave_empty();

    @Message(
            "I agree that the consortium of {project} keeps my name, e-mail address and organisation to organise this event and to prove to its funder that it took place. Only the event's organisers read them; the funder and the other partners read counts only. I can ask for them to be sent to me or erased.")
    String register_consent(String project);

    @Message("I agree to appear in photos and publications of the project (optional).")
    String register_photos();

    @Message(
            "After sending, you receive a mail: your registration counts once you confirm it with its link, within 48 hours. Unconfirmed, what you typed is erased.")
    String register_privacy();

    @Message("Register")
    String register_send();

    @Message("Thank you. Check your mailbox: the registration counts once you confirm it with the link we sent.")
    String register_sent();

    @Message("No mail within a few minutes? Look in your spam folder. The link works for 48 hours.")
    String register_sent_more();

    @Message("Confirm your registration")
    String confirm_heading();

    @Message("{name}, confirm your registration for {title} ({project}).")
    String confirm_text(String name, String title, String project);

    @Message("Confirm my registration")
    String confirm_button();

    @Message("Thank you, {name}: you are registered for {title}.")
    String confirmed(String name, String title);

    @Message("This address is on the list of {title} already: nothing more to do.")
    String confirmed_already(String title);

    @Message("Public registration")
    String registration_heading();

    @Message("The public registration form is closed.")
    String registration_closed_state();

    @Message("The public registration form is open until {until}: share its address.")
    String registration_open_state(String until);

    @Message("The form is open but takes no registration now (its deadline passed, or the attendance is closed).")
    String registration_not_accepting();

    @Message("{count} registration(s) wait for their confirmation by mail.")
    String registration_pending(long count);

    @Message("Open the registration")
    String registration_open();

    @Message("Close the registration")
    String registration_close();

    @Message("{#if open}The registration is open.{#else}The registration is closed.{/if}")
    String flash_registration(boolean open);

    @Message("How was it? {title}")
    String survey_heading(String title);

    @Message(
            "A score from 1 (poor) to 5 (excellent) for each question, and a comment if you wish; leave out what you cannot judge. Your answers are anonymous: nobody sees who answered what.")
    String survey_intro();

    @Message(
            "{#when question}{#is USEFUL}How useful was the event for your work?{#is CONTENT}How good were its contents and speakers?{#is ORGANISATION}How well was it organised?{#is EXCHANGE}How much could you exchange with the other participants?{/when}")
    String standard_question(StandardQuestion question);

    @Message("{#when score}{#is 1}1 – poor{#is 2}2{#is 3}3{#is 4}4{#is 5}5 – excellent{/when}")
    String score(int score);

    @Message("Anything else you would like to tell the organisers? (optional)")
    String survey_comment();

    @Message("Send my answers")
    String survey_send();

    @Message("Thank you: your answers are recorded.")
    String survey_thanks();

    @Message("Evaluation")
    String evaluation_heading();

    @Message("{answers} answer(s); {invited} participant(s) invited by mail.")
    String evaluation_summary(long answers, long invited);

    @Message("The survey goes by mail to those who attended, with an address, when the attendance is closed.")
    String evaluation_none();

    @Message("The answers to each question: the average, and how many gave each score (1 poor, 5 excellent).")
    String evaluation_caption();

    @Message("Question")
    String col_question();

    @Message("Average")
    String col_average();

    @Message("Answers")
    String col_answers();

    @Message("Comments")
    String evaluation_comments();

    @Message("As written, without their authors: only the organisers read them.")
    String evaluation_comments_hint();

    @Message("Questions of the survey")
    String survey_questions();

    @Message(
            "Up to five questions, each scored 1 to 5, one per line; leave empty for the standard questions. They can no longer change once someone answered.")
    String survey_questions_hint();

    @Message("Save the questions")
    String survey_questions_save();

    @Message("The survey's questions are saved.")
    String flash_questions();

    @Message("Their data (JSON)")
    String personal_data();

    @Message("Erase their data")
    String erase();

    @Message("Data erased on {date}")
    String erased_on(String date);

    @Message("The personal data of participant {id} is erased; their counts stay.")
    String flash_erased(long id);
}
