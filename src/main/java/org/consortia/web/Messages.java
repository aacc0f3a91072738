package org.consortia.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts several features share, in English: the layout, the error page, the words and column headings of
 * several pages, the forms' helpers. A text of one feature lives in that feature's bundle (e.g.
 * {@code overview/OverviewMessages}, {@code {overview:…}} in the templates), so web names no feature. Each other
 * language is a file messages/msg_&lt;language&gt;.properties with the same keys (MessagesCompletenessTest checks them).
 */
@MessageBundle
public interface Messages {

    // --- Layout: the header and footer of every page, the error page ----------
    @Message("Consortia")
    String app_name();

    @Message("Skip to the content")
    String skip_to_content();

    @Message("Main")
    String nav_label();

    @Message("My projects")
    String nav_my_projects();

    @Message("My deadlines")
    String my_deadlines();

    @Message("Timesheets")
    String nav_timesheets();

    @Message("Notifications")
    String notifications();

    @Message("Notifications ({count} unread)")
    String notifications_unread(long count);

    @Message("Settings")
    String settings();

    @Message("Language")
    String language();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Consortia — open-source project management for publicly funded partnerships.")
    String footer();

    @Message("Breadcrumbs")
    String breadcrumbs();

    @Message("Back to the home page")
    String back_home();

    @Message(
            "{#when status}{#is 400}Something in the form is not right{#is 403}You may not do this"
                    + "{#is 404}Page not found{#is 409}This conflicts with the current state{#is 412}Someone changed this in the meantime"
                    + "{#is 413}The file is too large{#is 415}This type of file is not accepted{#else}Something went wrong{/when}")
    String error_title(int status);

    @Message(
            "{#when status}{#is 403}Your role in this project does not allow this action."
                    + "{#is 404}There is nothing here, or nothing you may see. Check the address, or go back to your projects."
                    + "{#is 412}Reload the page to see the latest version, then try again."
                    + "{#else}{#if status >= 500}The error has been logged; please try again in a moment.{#else}Please check and try again.{/if}{/when}")
    String error_explanation(int status);

    // --- A project's facts (home, status, review, public and report pages) ----
    @Message("Accepted")
    String accepted();

    @Message("Public results")
    String public_results();

    @Message("Funder")
    String funder();

    @Message("Grant agreement")
    String grant_reference();

    @Message("Project month")
    String project_month();

    @Message("Month {month} of {total}")
    String month_of(int month, int total);

    @Message("Not started yet")
    String not_started();

    // --- Deadlines (status page, my deadlines, the digest mails) --------------
    @Message("Overdue")
    String overdue_title();

    @Message("Nothing is overdue.")
    String nothing_overdue();

    @Message("{count} overdue items, oldest first")
    String overdue_caption(int count);

    @Message("Upcoming deadlines, soonest first")
    String upcoming_caption();

    @Message("Due in the next {days} days")
    String due_within(int days);

    @Message("Nothing falls due in the next {days} days.")
    String nothing_due_within(int days);

    @Message("Periodic report after {period}")
    String periodic_report(String period);

    // --- Deliverables and events, as several pages show them ------------------
    @Message("Deliverables")
    String deliverables();

    @Message("Events")
    String events();

    @Message("overdue")
    String overdue();

    @Message("submitted late")
    String submitted_late();

    @Message("planned")
    String planned();

    @Message("date to be set")
    String date_to_be_set();

    @Message("{count} expected")
    String expected(int count);

    @Message("Submitted on")
    String submitted_on();

    @Message("Accepted on")
    String accepted_on();

    @Message("Why it is late")
    String delay_justification();

    @Message("version {number}")
    String version_n(int number);

    @Message("No comment yet.")
    String no_comments();

    // --- Table columns --------------------------------------------------------
    @Message("Item")
    String col_item();

    @Message("Code")
    String col_code();

    @Message("Title")
    String col_title();

    @Message("Due")
    String col_due();

    @Message("(forecast: {date})")
    String forecast(String date);

    @Message("Responsible")
    String col_responsible();

    @Message("Lead partner")
    String col_lead();

    @Message("Work package")
    String col_work_package();

    @Message("Kind")
    String col_kind();

    @Message("Overdue")
    String col_overdue();

    @Message("Date")
    String col_date();

    @Message("Host")
    String col_host();

    @Message("Attendance")
    String col_attendance();

    @Message("File")
    String col_file();

    // --- The plan, the risk register and their forms (tags/plan*.html) --------
    @Message("Plan")
    String plan_breadcrumb();

    @Message("Risk register")
    String risk_register();

    @Message("New work package")
    String plan_new_work_package();

    @Message("New deliverable")
    String plan_new_deliverable();

    @Message("New milestone")
    String plan_new_milestone();

    @Message("Change")
    String plan_col_change();

    @Message("Edit")
    String plan_edit();

    @Message("Edit {code}")
    String plan_edit_heading(String code);

    @Message("{#when field}{#is 'number'}Number{#is 'code'}Code{#is 'title'}Title{#is 'lead'}Lead partner"
            + "{#is 'startMonth'}Start month{#is 'endMonth'}End month{#is 'objectives'}Objectives"
            + "{#is 'description'}Description{#is 'workPackage'}Work package{#is 'contributors'}Contributors"
            + "{#is 'kind'}Kind{#is 'type'}Type{#is 'disseminationLevel'}Dissemination level{#is 'dueMonth'}Due month"
            + "{#is 'dueDate'}Fixed due date{#is 'dependsOn'}Depends on{#is 'meansOfVerification'}Means of verification"
            + "{#is 'achievedDate'}Achieved on{#is 'event'}Event details{#is 'event.plannedDate'}Planned date"
            + "{#is 'event.actualDate'}Actual date{#is 'event.endDate'}Last day{#is 'event.registrationDeadline'}Registration deadline"
            + "{#is 'event.mode'}Mode{#is 'event.languages'}Working languages{#is 'event.targetGroups'}Target groups"
            + "{#is 'event.startTime'}Start time{#is 'event.endTime'}End time{#is 'event.timeZone'}Time zone{#is 'event.country'}Country{#is 'event.city'}City"
            + "{#is 'event.venue'}Venue{#is 'event.hosts'}Host partners{#is 'event.expectedParticipants'}Expected participants"
            + "{#is 'event.actualParticipants'}Actual participants{#is 'likelihood'}Likelihood{#is 'impact'}Impact"
            + "{#is 'mitigation'}Mitigation{#is 'owner'}Owner{#is 'status'}Status{#is 'identifiedOn'}Identified on"
            + "{#is 'closedOn'}Closed on{#is 'forecastDate'}Forecast date{#is 'reason'}Reason"
            + "{#is 'deliverable'}Deliverable{#is 'milestone'}Milestone{#is 'decision'}Decision"
            + "{#is 'comment'}Comment{#is 'project'}Project{#else}{field}{/when}")
    String plan_label(String field);

    @Message("{label}: {reason}")
    String plan_reason(String label, String reason);

    @Message("A capital letter, then capitals, digits, dots or hyphens, e.g. D2.1. It cannot be changed later.")
    String plan_hint_code();

    @Message("Give the due month (1 to {total}): it is due at the end of that month. Or give a fixed date"
            + " instead, which sets the month.")
    String plan_hint_due(int total);

    @Message("When the consortium now expects it, if not on its due date (empty: on time). The due date is"
            + " contractual: once {project} is under way, it changes only by an amendment.")
    String plan_hint_forecast(String project);

    @Message("Choose…")
    String plan_choose();

    @Message("None")
    String plan_no_choice();

    @Message("Create")
    String plan_create();

    @Message("Save")
    String plan_save();

    @Message("Cancel")
    String plan_cancel();

    @Message("The form was not sent")
    String form_not_sent();

    @Message("Someone else saved a change to this while you were editing, so yours was not saved. What you typed is"
            + " still below: sending the form again replaces their change with yours. To see their version first,"
            + " open the form again.")
    String plan_stale();

    @Message("Open the latest version")
    String plan_open_latest();

    @Message("{code} was created.")
    String plan_flash_created(String code);

    @Message("{code} was saved.")
    String plan_flash_saved(String code);

    // --- A field's value that cannot be read (web/FormErrors) -----------------
    @Message("must be a whole number")
    String plan_not_a_number();

    @Message("must be a date (YYYY-MM-DD)")
    String plan_not_a_date();

    @Message("must be a time of day (HH:MM)")
    String plan_not_a_time();

    @Message("choose one of the options")
    String plan_not_a_choice();

    // --- Mails and the report PDF ---------------------------------------------
    @Message("en")
    String mail_lang();
}
