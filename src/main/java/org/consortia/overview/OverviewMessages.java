package org.consortia.overview;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a project's pages (status, plan, partner, funder's review, public page), in English
 * ({@code {overview:by_status}} in the templates); the other languages are in
 * {@code messages/overview_<language>.properties}.
 */
@MessageBundle("overview")
public interface OverviewMessages {

    // --- Status page ----------------------------------------------------------
    @Message("About the project")
    String about_project();

    @Message("Dates")
    String dates();

    @Message("Time elapsed: {share}")
    String time_elapsed(String share);

    @Message("Deliverables delivered: {share}")
    String work_done(String share);

    @Message("Funder's review")
    String review_page();

    @Message("Edit the plan")
    String edit_plan();

    @Message("Deliverables by status")
    String by_status();

    @Message("in all")
    String in_all();

    @Message("Due in the next 60 days")
    String upcoming_title();

    @Message("Nothing falls due in the next 60 days.")
    String nothing_upcoming();

    @Message("Timeline")
    String timeline_title();

    @Message("Work packages over the project months, with deliverables at their due dates, milestones, the ends of"
            + " the reporting periods and today. The tables below give the same information.")
    String timeline_desc();

    @Message("RP{number}")
    String period_short(int number);

    @Message("Today")
    String today();

    @Message("Delivered or reached")
    String legend_done();

    @Message("Overdue")
    String legend_overdue();

    @Message("Open")
    String legend_open();

    @Message("End of a reporting period")
    String legend_period_end();

    @Message("Deliverables by work package")
    String deliverables_by_wp();

    @Message("Any")
    String any();

    @Message("Filter")
    String filter();

    @Message("Clear the filters")
    String clear_filters();

    @Message("{shown} of {total} deliverables shown")
    String shown_of(int shown, int total);

    @Message("led by {lead}")
    String led_by(String lead);

    @Message("Download the deliverables:")
    String export_deliverables();

    @Message("Download the events:")
    String export_events();

    @Message("CSV")
    String export_csv();

    @Message("Excel")
    String export_excel();

    @Message("Partners")
    String partners();

    @Message("What each partner leads, has delivered and owes")
    String partners_caption();

    @Message("No event is planned.")
    String no_events();

    @Message("Meetings, trainings, national events and conferences")
    String events_caption();

    @Message("Milestones")
    String milestones();

    @Message("No milestone is planned.")
    String no_milestones();

    @Message("Milestones and when they were reached")
    String milestones_caption();

    @Message("not yet")
    String not_yet();

    // --- Table columns --------------------------------------------------------
    @Message("Status")
    String col_status();

    @Message("Last activity")
    String col_last_activity();

    @Message("No.")
    String col_number();

    @Message("Partner")
    String col_partner();

    @Message("Country")
    String col_country();

    @Message("Role")
    String col_role();

    @Message("Leads")
    String col_leads();

    @Message("Delivered")
    String col_delivered();

    @Message("Last upload")
    String col_last_upload();

    @Message("Event")
    String col_event();

    @Message("Who came")
    String col_list();

    @Message("{listed} listed · {countries} countr{#if countries == 1}y{#else}ies{/if} · employers {employers}, unions"
            + " {unions}")
    String list_summary(long listed, long countries, long employers, long unions);

    @Message("Reached")
    String col_reached();

    // --- Partner page ---------------------------------------------------------
    @Message("About the partner")
    String about_partner();

    @Message("Website")
    String website();

    @Message("Contact")
    String contact();

    @Message("Progress")
    String progress();

    @Message("Work packages led")
    String work_packages_led();

    @Message("Deliverables led")
    String deliverables_led();

    @Message("Deliverables contributed to")
    String deliverables_contributed();

    @Message("None.")
    String none();

    @Message("Events hosted")
    String events_hosted();

    // --- Funder's review ------------------------------------------------------
    @Message("As of")
    String as_of();

    @Message("Print")
    String print();

    @Message("Submitted to the funder")
    String submitted_to_funder();

    @Message("Nothing has been submitted to the funder yet.")
    String nothing_submitted();

    @Message("Overdue, not submitted")
    String overdue_not_submitted();

    @Message("Deliverables past their due date that have not reached the funder")
    String overdue_caption();

    @Message("Deliverables submitted, with their dates and any delay")
    String submissions_caption();

    @Message("Events held")
    String events_held();

    @Message("No event has been held yet.")
    String no_events_held();

    @Message("Events held, with their attendance")
    String events_held_caption();

    @Message("Comments shared with the funder")
    String comments_for_funder();

    // --- Public page ----------------------------------------------------------
    @Message("No result has been published yet.")
    String no_public_results();

    @Message("Accepted deliverables open to the public")
    String public_results_caption();

    @Message("no file published")
    String no_file_published();

    @Message("The organisations of the consortium")
    String public_partners_caption();

    // --- Plan page ------------------------------------------------------------
    @Message("Edit the plan")
    String plan_heading();

    @Message("The work packages, deliverables and milestones of the project, as the coordinator keeps them."
            + " A deliverable's status is not changed here: it moves through the workflow on the deliverable's page.")
    String plan_intro();

    @Message("Work packages")
    String plan_work_packages();

    @Message("Work packages by number")
    String plan_work_packages_caption();

    @Message("No work package yet.")
    String plan_no_work_packages();

    @Message("Deliverables by due date")
    String plan_deliverables_caption();

    @Message("No deliverable yet.")
    String plan_no_deliverables();

    @Message("Archived: they left the plan, and stay on the record")
    String plan_archived_caption();

    @Message("Milestones by due date")
    String plan_milestones_caption();

    @Message("Months")
    String plan_col_months();

    @Message("M{start}–M{end}")
    String plan_months(int start, int end);
}
