package org.consortia.deliverable;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.consortia.event.EventMode;

/**
 * The names of a deliverable's values (status, kind, type, dissemination level) and of its workflow's moves, the texts
 * of its page and of its event form, in English ({@code {deliverable:status(…)}} in the templates); the other
 * languages are in {@code messages/deliverable_<language>.properties}.
 */
@MessageBundle("deliverable")
public interface DeliverableMessages {

    // --- Values ---------------------------------------------------------------
    @Message("{#when status}{#is PLANNED}Planned{#is IN_PROGRESS}In progress{#is IN_INTERNAL_REVIEW}In internal review"
            + "{#is CHANGES_REQUESTED}Changes requested{#is APPROVED}Approved internally{#is SUBMITTED}Submitted"
            + "{#is ACCEPTED}Accepted{#is REVISION_REQUESTED}Revision requested{/when}")
    String status(DeliverableStatus status);

    @Message("{#when status}{#is NOT_SUBMITTED}Not submitted{#is SUBMITTED}Submitted{#is ACCEPTED}Accepted"
            + "{#is REVISION_REQUESTED}Revision requested{/when}")
    String funder_status(FunderStatus status);

    @Message("{#when kind}{#is STUDY}Study{#is REPORT}Report{#is THEMATIC_MEETING}Thematic meeting"
            + "{#is JOINT_DOCUMENT}Joint document{#is TRAINING}Training{#is NATIONAL_EVENT}National event"
            + "{#is CONFERENCE}Conference{#is OTHER}Other{/when}")
    String kind(DeliverableKind kind);

    @Message("{#when to}{#is IN_PROGRESS}Start the work{#is IN_INTERNAL_REVIEW}Send to internal review"
            + "{#is CHANGES_REQUESTED}Request changes{#is APPROVED}Approve{#is SUBMITTED}Submit to the funder"
            + "{#is ACCEPTED}Accept{#is REVISION_REQUESTED}Ask for a revision{#else}{to}{/when}")
    String move_to(DeliverableStatus to);

    @Message("{#when type}{#is R}R – Document, report{#is DEM}DEM – Demonstrator, pilot, prototype"
            + "{#is DEC}DEC – Websites, patent filings, videos, etc.{#is DATA}DATA – Data sets, microdata, etc."
            + "{#is DMP}DMP – Data management plan{#is ETHICS}ETHICS – Deliverables related to ethics issues"
            + "{#is SECURITY}SECURITY – Deliverables related to security issues"
            + "{#is OTHER}OTHER – Software, technical diagram, etc.{/when}")
    String plan_type(DeliverableType type);

    @Message(
            "{#when level}{#is PU}PU – Public{#is SEN}SEN – Sensitive, limited to the consortium and the funder{/when}")
    String plan_dissemination(DisseminationLevel level);

    // --- Deliverable page (deliverable/page) ----------------------------------
    @Message("Details")
    String details();

    @Message("Contributors")
    String contributors();

    @Message("Hosts")
    String hosts();

    @Message("Working languages")
    String languages();

    @Message("Target groups")
    String target_groups();

    @Message("Registration until")
    String registration_deadline();

    @Message("Dissemination level")
    String dissemination();

    @Message("Depends on")
    String depends_on();

    @Message("It was due on {date}: say why it is submitted late; the funder reads this.")
    String delay_hint(String date);

    @Message("Edit in the plan")
    String edit_in_plan();

    @Message("Event")
    String event_details();

    @Message("Place")
    String place();

    @Message("{start}{#if end} – {end}{/if} ({zone})")
    String event_time(String start, String end, String zone);

    @Message("Edit the event details")
    String edit_event();

    @Message("Workflow")
    String workflow();

    @Message("Now:")
    String now_status();

    @Message("There is nothing for you to do at this step.")
    String no_moves();

    @Message("Upload a version before submitting.")
    String no_version_to_submit();

    @Message("Version to submit")
    String version_to_submit();

    @Message("What should change")
    String what_should_change();

    @Message("{code} is now: {status}.")
    String flash_moved(String code, String status);

    @Message("Files")
    String files();

    @Message("No file has been uploaded yet.")
    String no_files();

    @Message("Uploaded versions ({count}), newest first")
    String versions_caption(long count);

    @Message("Version")
    String col_version();

    @Message("Note")
    String col_note();

    @Message("Uploaded by")
    String col_uploaded_by();

    @Message("Uploaded")
    String col_uploaded_at();

    @Message("withdrawn")
    String withdrawn();

    @Message("Upload a new version")
    String upload_title();

    @Message("File")
    String file();

    @Message("PDF, office documents, images or ZIP archives; at most the size your platform allows.")
    String upload_hint();

    @Message("Upload")
    String upload();

    @Message("{name} uploaded as version {number}.")
    String flash_uploaded(String name, int number);

    @Message("Comments")
    String comments();

    @Message("{count} earlier comments are not shown here; the API lists them all.")
    String earlier_comments(long count);

    @Message("Add a comment")
    String add_comment();

    @Message("Write @username or @ORGANISATION (its code) to send them a notice.")
    String comment_mentions_hint();

    @Message("Who reads it")
    String who_reads();

    @Message("The consortium only")
    String visibility_consortium();

    @Message("The consortium and the funder's reviewers")
    String visibility_funder();

    @Message("Send the comment")
    String send_comment();

    @Message("Your comment was added.")
    String flash_commented();

    @Message("The forecast of {code} is saved.")
    String flash_forecast(String code);

    @Message("Expected on")
    String forecast_label();

    @Message("When the work now expects to deliver it; empty: on its due date, which only an amendment moves.")
    String forecast_hint();

    @Message("Save the forecast")
    String forecast_save();

    @Message("{code} left the plan: it is archived.")
    String flash_archived(String code);

    @Message("{code} is back in the plan.")
    String flash_restored(String code);

    @Message("Archived on {date}:")
    String archived_on(String date);

    @Message("In the plan")
    String archive_title();

    @Message("A deliverable the funder received is never deleted. If it must leave the plan, archive it: it stays here,"
            + " with its files, comments and history, but is no longer listed, due or overdue.")
    String archive_hint();

    @Message("Why it leaves the plan")
    String archive_reason();

    @Message("Archive")
    String archive();

    @Message("Bring it back into the plan")
    String restore();

    @Message("History")
    String history();

    @Message("Nothing has happened yet.")
    String no_history();

    @Message("What happened to this deliverable, newest first")
    String history_caption();

    @Message("When")
    String col_when();

    @Message("Who")
    String col_who();

    @Message("What")
    String col_what();

    @Message("{#when action}{#is 'CREATED'}Created{#is 'CHANGED'}Plan changed{#is 'MOVED'}Moved"
            + "{#is 'COMMENTED'}Commented{#is 'FILE_UPLOADED'}File uploaded{#is 'FILE_WITHDRAWN'}File withdrawn"
            + "{#is 'REMOVED'}Removed{#is 'PARTICIPANT_ADDED'}Participant added{#is 'PARTICIPANT_CHANGED'}Participant"
            + " changed{#is 'PARTICIPANT_REMOVED'}Participant taken off the list{#else}{action}{/when}")
    String action(String action);

    // --- Plan form and event form (tags/planEventFields.html) -----------------
    @Message("Two capital letters (ISO 3166), e.g. FR or BE; EU for a European-level body.")
    String plan_hint_country();

    @Message("Empty: the time zone of the country (e.g. Europe/Lisbon for PT); needed only with a start time.")
    String plan_hint_time_zone();

    @Message("Empty for a one-day event; else the last day, at most 31 days after the first.")
    String plan_hint_end_date();

    @Message("ISO 639-1 codes separated by commas, e.g. ro, en.")
    String plan_hint_languages();

    @Message("One per line, e.g. social-service employers.")
    String plan_hint_target_groups();

    @Message("{#when mode}{#is IN_PERSON}In person{#is ONLINE}Online{#is HYBRID}Hybrid (in person and online){/when}")
    String mode(EventMode mode);

    @Message("Event details")
    String plan_event_legend();

    @Message("Only meetings, trainings, national events and conferences have event details: leave these fields"
            + " empty for any other kind.")
    String plan_event_hint();

    @Message("No other deliverable yet.")
    String plan_no_other_deliverables();

    @Message("Event details of {code}")
    String plan_event_heading(String code);

    @Message(
            "Where and when the event takes place, for whom, and how many took part. The rest of the deliverable's plan is"
                    + " the coordinator's to change.")
    String plan_event_intro();

    @Message("{code} is not an event: only meetings, trainings, national events and conferences have event details.")
    String plan_not_an_event(String code);

    @Message("The event details of {code} were saved.")
    String plan_flash_event_saved(String code);
}
