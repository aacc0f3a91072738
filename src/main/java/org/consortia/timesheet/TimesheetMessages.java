package org.consortia.timesheet;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The timesheet pages' and PDF's texts, in English ({@code {timesheet:title}} in the templates); the other languages
 * are in {@code messages/timesheet_<language>.properties}.
 */
@MessageBundle("timesheet")
public interface TimesheetMessages {

    @Message("Timesheets")
    String title();

    @Message("Your time records for personnel costs: each month, the hours you worked on each work package and what"
            + " you did. You sign a month; a supervisor of your organisation countersigns it, which closes it. Only you,"
            + " your organisation's supervisors and the platform's administrators read them.")
    String intro();

    @Message("Timesheet of {month}")
    String month_title(String month);

    @Message("Open a month")
    String open_month();

    @Message("Month")
    String col_month();

    @Message("Status")
    String col_status();

    @Message("Hours")
    String col_hours();

    @Message("Person")
    String col_person();

    @Message("Organisation")
    String col_organisation();

    @Message("Project")
    String col_project();

    @Message("Work package")
    String col_work_package();

    @Message("What was done")
    String col_description();

    @Message("Person-months")
    String col_person_months();

    @Message("Total")
    String total();

    @Message("{#when status}{#is OPEN}Open{#is SIGNED}Signed, to countersign{#is CLOSED}Closed{/when}")
    String status(TimesheetStatus status);

    @Message("Your months")
    String mine();

    @Message("No month recorded yet.")
    String none();

    @Message("Waiting for your countersignature")
    String to_countersign();

    @Message("Nobody waits for your countersignature.")
    String none_to_countersign();

    @Message("Previous months")
    String previous();

    @Message("Later months")
    String next();

    @Message("{name}, {organisation}")
    String whose(String name, String organisation);

    @Message("At most {possible} hours this month (48 hours a week on average); {productive} productive hours a year"
            + " make a person-month of a twelfth of them.")
    String limits(String possible, String productive);

    @Message("Hours per work package")
    String hours_form();

    @Message("Leave a row empty for a work package you did not work on. Hours may have decimals (7.5).")
    String hours_hint();

    @Message("Hours on {workPackage}")
    String hours_label(String workPackage);

    @Message("What was done on {workPackage}")
    String description_label(String workPackage);

    @Message("Save the hours")
    String save();

    @Message("No work package of your organisation's projects is under way this month.")
    String nothing_to_record();

    @Message("This month belongs to no organisation: you are not a member of one, or of several (the API then takes"
            + " the organisation's code).")
    String no_organisation();

    @Message("Signatures")
    String signatures();

    @Message("Staff member")
    String staff_member();

    @Message("Supervisor")
    String supervisor();

    @Message("Signed on {date}")
    String signed_on(String date);

    @Message("Not signed yet")
    String not_signed();

    @Message("Countersigned by {name} on {date}")
    String countersigned(String name, String date);

    @Message("Not countersigned yet")
    String not_countersigned();

    @Message("Sign the month")
    String sign();

    @Message("Once signed, the hours no longer change, unless you withdraw your signature before a supervisor"
            + " countersigns.")
    String sign_hint();

    @Message("Countersign and close the month")
    String countersign();

    @Message("Withdraw my signature")
    String withdraw();

    @Message("Send it back")
    String send_back();

    @Message("What should change")
    String comment();

    @Message("Sent back by a supervisor: {comment}")
    String returned(String comment);

    @Message("Download the timesheet (PDF)")
    String download();

    @Message("The hours of {month} are saved.")
    String flash_saved(String month);

    @Message("{month} is signed.")
    String flash_signed(String month);

    @Message("{month} is countersigned and closed.")
    String flash_closed(String month);

    @Message("{month} is open again.")
    String flash_reopened(String month);

    @Message("Time record for personnel costs")
    String pdf_subtitle();

    @Message("Productive hours a year")
    String productive_hours();

    @Message("Printed from Consortia. Person-months = hours × 12 / annual productive hours.")
    String pdf_footer();
}
