package org.consortia.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The report pages' and PDF's texts, in English ({@code {report:title(1)}} in the templates); the other
 * languages are in {@code messages/report_<language>.properties}. A bundle of its own: one bundle with
 * every text of the platform grows past what Qute generates correctly.
 */
@MessageBundle("report")
public interface ReportMessages {

    @Message("Progress report – period {period}")
    String title(int period);

    @Message("About the report")
    String about();

    @Message("Project")
    String project();

    @Message("Reporting period")
    String period();

    @Message("months {start}–{end}")
    String months(int start, int end);

    @Message("Due to the funder")
    String due();

    @Message("Revision")
    String revision_label();

    @Message("Status")
    String status_label();

    @Message(
            "{#when status}{#is DRAFT}Draft{#is SUBMITTED}Submitted to the funder{#is ACCEPTED}Accepted by the funder{#is CHANGES_REQUESTED}Changes requested by the funder{/when}")
    String status(ReportStatus status);

    @Message("Submitted")
    String submitted_label();

    @Message("{name}, {when}")
    String by(String name, String when);

    @Message("SHA-256 of the submitted content")
    String sha();

    @Message("Submitted with sections not ready, because")
    String override_label();

    @Message("Funder's decision")
    String decision_label();

    @Message("Download as PDF")
    String pdf();

    @Message("Revisions")
    String revisions();

    @Message("revision {revision}")
    String revision(int revision);

    @Message("Not opened yet")
    String none_title();

    @Message(
            "Opening the report creates a draft with a section for the project summary, one for each work package running in the period and one for each partner; the tables of deliverables, milestones, events, uploads and workflow steps come from the platform and stay live until submission; the uploads and workflow steps are an internal annex, left out of what the funder receives.")
    String open_hint();

    @Message("Open the report")
    String open();

    @Message("The coordinator has not opened this period's report yet.")
    String none();

    @Message("Submission")
    String submission();

    @Message("Every section is marked ready.")
    String all_ready();

    @Message("{count} sections are not marked ready yet:")
    String missing(int count);

    @Message("Reason for submitting all the same")
    String override();

    @Message("Submit to the funder")
    String submit();

    @Message("Open a new revision")
    String new_revision();

    @Message(
            "The funder asked for changes: a new revision starts as a copy of this one, sections to be marked ready again.")
    String new_revision_hint();

    @Message("Decision")
    String decision();

    @Message("Accept the report")
    String accept();

    @Message("Ask for changes")
    String request_changes();

    @Message("Explanation (required)")
    String decision_comment();

    @Message("Record the decision")
    String decide();

    @Message("Remarks")
    String remarks();

    @Message("{author}, {when}")
    String remark_by(String author, String when);

    @Message("About")
    String remark_on();

    @Message("The whole report")
    String whole();

    @Message("Remark")
    String remark();

    @Message("Send the remark")
    String send_remark();

    @Message("Contents")
    String contents();

    @Message("Project summary and overall progress")
    String summary();

    @Message("Work packages")
    String work_packages();

    @Message("Partners' contributions")
    String partners();

    @Message("Deliverables due in or before the period")
    String deliverables();

    @Message("Milestones")
    String milestones();

    @Message("Events held in the period")
    String events();

    @Message("Deliverables planned and delivered, month by month")
    String progress_chart();

    @Message("Internal annex: uploads and workflow steps in the period")
    String activity();

    @Message(
            "For the consortium only: this annex is not part of what the funder receives when the report is submitted.")
    String internal_annex();

    @Message("Risks")
    String risks();

    @Message("Last edited by {name}, {when}")
    String edited(String name, String when);

    @Message("Not written yet")
    String never_edited();

    @Message("Ready")
    String ready();

    @Message("Not ready yet")
    String not_ready();

    @Message(
            "{#when field}{#is 'progress'}Progress{#is 'achievements'}Achievements{#is 'deviations'}Deviations from the plan{#is 'correctiveActions'}Corrective actions{#is 'contribution'}Contribution in the period{#is 'summary'}Summary and overall progress{#else}{field}{/when}")
    String field(String field);

    @Message("This section is ready")
    String mark_ready();

    @Message("Save the section")
    String save_section();

    @Message("Nothing written.")
    String empty_section();

    @Message("None in this period.")
    String nothing();

    @Message(
            "{#when column}{#is 'code'}Code{#is 'title'}Title{#is 'lead'}Lead partner{#is 'status'}Status{#is 'due'}Due{#is 'submitted'}Submitted{#is 'late'}On time{#is 'reached'}Reached{#is 'date'}Date{#is 'country'}Country{#is 'host'}Host{#is 'participants'}Participants{#is 'file'}File{#is 'by'}By{#is 'step'}Step{#is 'risk'}Risk{#is 'likelihood'}Likelihood{#is 'impact'}Impact{#is 'mitigation'}Mitigation{#is 'owner'}Owner{#else}{column}{/when}")
    String col(String column);

    @Message("late")
    String late();

    @Message("on time")
    String on_time();

    @Message("not reached")
    String not_reached();

    @Message("Participants of the period's events, by the country of the venue")
    String participants_chart();

    @Message("Who came")
    String attendance_heading();

    @Message("Evaluation by the participants")
    String evaluation_heading();

    @Message("{total} participant(s) on the lists of {listed} of the {held} event(s) held in the period, counted by"
            + " the country of their organisation, the kind of organisation, gender and presence. The attendance of an"
            + " event without a list is in the table above.")
    String attendance_lists(long total, long listed, int held);

    @Message(
            "Dashed line: deliverables due so far ({planned} by the end of the period); solid line: deliverables delivered ({delivered}).")
    String progress_legend(int planned, int delivered);

    @Message("Uploads")
    String uploads();

    @Message("Workflow steps")
    String steps();

    @Message("No risk recorded for the period.")
    String no_risks();

    @Message("The report is open: each contributor can write their section.")
    String opened();

    @Message("The section is saved.")
    String section_saved();

    @Message("The report is submitted to the funder.")
    String submitted();

    @Message("A new revision is open.")
    String revision_opened();

    @Message("Your remark is added.")
    String commented();

    @Message("Your decision is recorded.")
    String decided();

    @Message("Progress reports")
    String reports();

    @Message(
            "Each reporting period's progress report to the funder: open it to write it, read it, or download it as PDF.")
    String reports_caption();

    @Message("No reporting period is planned.")
    String no_periods();

    @Message("not opened yet")
    String not_opened();
}
