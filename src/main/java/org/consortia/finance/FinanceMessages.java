package org.consortia.finance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The budget page's texts, in English ({@code {finance:title}} in the templates); the other languages are in
 * {@code messages/finance_<language>.properties}.
 */
@MessageBundle("finance")
public interface FinanceMessages {

    @Message("Budget")
    String title();

    @Message("The grant's money as the grant agreement states it: each beneficiary's estimated costs by category, the"
            + " indirect costs computed, the contribution requested, and the person-months planned per work package."
            + " You read your own organisation's detail and the consortium's totals.")
    String intro();

    @Message("No budget entered yet: the coordinator enters it with the plan.")
    String none();

    @Message("{#when model}{#is ACTUAL_COSTS}Actual costs{#is LUMP_SUM}Lump sum{#is UNIT_COSTS}Unit costs{/when}")
    String model(FundingModel model);

    @Message("Funding model")
    String funding_model();

    @Message("Funding rate")
    String funding_rate();

    @Message("Indirect costs")
    String indirect_rate();

    @Message(
            "{rate} % of the direct costs{#if excludes}, subcontracting and financial support to third parties aside{/if}")
    String indirect_rule(String rate, boolean excludes);

    @Message("Maximum grant")
    String max_grant();

    @Message("Estimated budget per beneficiary ({currency})")
    String costs_caption(String currency);

    @Message("Beneficiary")
    String beneficiary();

    @Message("Direct")
    String direct();

    @Message("Indirect (E)")
    String indirect();

    @Message("Eligible")
    String eligible();

    @Message("Requested")
    String requested();

    @Message("Consortium")
    String consortium();

    @Message("Person-months planned per work package")
    String effort_caption();

    @Message("In all")
    String in_all();

    @Message("not shown")
    String not_shown();

    @Message("Lump-sum shares per work package ({currency})")
    String lump_sums_caption(String currency);

    @Message("Financial statements")
    String statements_title();

    @Message("Each beneficiary declares, once a reporting period has ended, its costs by category and its person-months"
            + " per work package (from its staff's closed timesheets, or typed with a reason), and explains its use of"
            + " resources. It submits the statement to the coordinator, who accepts it (it is then frozen, and the"
            + " funder reads it) or sends it back.")
    String statements_intro();

    @Message("Financial statement of {beneficiary}, period {period}")
    String statement_title(String beneficiary, int period);

    @Message("Declare the statement of {beneficiary} for period {period}")
    String declare(String beneficiary, int period);

    @Message("To declare")
    String to_declare();

    @Message("No statement declared yet.")
    String no_statements();

    @Message("Period")
    String col_period();

    @Message("Status")
    String col_status();

    @Message("Person-months")
    String col_person_months();

    @Message("{#when status}{#is DRAFT}Draft{#is SUBMITTED}Submitted to the coordinator{#is ACCEPTED}Accepted{/when}")
    String statement_status(StatementStatus status);

    @Message("Period {period}: {start} – {end}")
    String period_dates(int period, String start, String end);

    @Message("Costs declared ({currency})")
    String costs_declared(String currency);

    @Message("Totals of the period ({currency})")
    String figures_title(String currency);

    @Message("Category")
    String col_category();

    @Message("Budget for the grant")
    String col_budget();

    @Message("Declared")
    String col_declared();

    @Message("Justification")
    String col_justification();

    @Message("to justify")
    String to_justify();

    @Message("Person-months per work package")
    String effort_declared();

    @Message("Work package")
    String col_work_package();

    @Message("Planned for the grant")
    String col_planned();

    @Message("From closed timesheets")
    String col_timesheets();

    @Message("Reason, when not the timesheets' figure")
    String col_reason();

    @Message("typed")
    String typed();

    @Message("Leave a cost empty for a category without costs. Subcontracting, and purchases over 15 % of the personnel"
            + " costs, are justified one by one. Leave Declared person-months empty to take the closed timesheets'"
            + " figure; type another with its reason.")
    String form_hint();

    @Message("A lump-sum grant pays each beneficiary's share of a work package once the work package is completed:"
            + " tick those you completed in this period; the coordinator's acceptance releases their shares. Leave"
            + " Declared person-months empty to take the closed timesheets' figure; type another with its reason.")
    String form_hint_lump_sum();

    @Message("Work packages completed, and their lump-sum shares ({currency})")
    String shares_declared(String currency);

    @Message("Lump-sum share")
    String col_share();

    @Message("Completed")
    String col_completed();

    @Message("{workPackage} completed in this period")
    String completed_label(String workPackage);

    @Message("completed in this period")
    String completed_here();

    @Message("declared in period {period}")
    String declared_in(int period);

    @Message("not yet")
    String not_completed();

    @Message("Lump-sum shares released")
    String released();

    @Message("Lump sum")
    String col_lump_sum();

    @Message("Work packages completed")
    String col_completed_work_packages();

    @Message("Declared on {workPackage}")
    String declared_label(String workPackage);

    @Message("Reason for {workPackage}")
    String reason_label(String workPackage);

    @Message("Declared in {category}")
    String amount_label(String category);

    @Message("Justification of {category}")
    String justification_label(String category);

    @Message("Explanation of the use of resources")
    String explanation();

    @Message("Save the statement")
    String save_statement();

    @Message("Submit to the coordinator")
    String submit_statement();

    @Message("Once submitted, the statement no longer changes unless the coordinator sends it back.")
    String submit_hint();

    @Message("Accept")
    String accept();

    @Message("Send back")
    String send_back();

    @Message("What should change")
    String comment();

    @Message("Sent back by the coordinator: {comment}")
    String returned(String comment);

    @Message("Submitted by {name} on {date}")
    String submitted_by(String name, String date);

    @Message("Accepted by {name} on {date}; frozen, SHA-256 {sha}")
    String accepted_by(String name, String date, String sha);

    @Message("The statement of {beneficiary} for period {period} is saved.")
    String flash_saved(String beneficiary, int period);

    @Message("The statement of {beneficiary} for period {period} is submitted to the coordinator.")
    String flash_submitted(String beneficiary, int period);

    @Message(
            "The statement of {beneficiary} for period {period} is {#if decision.name == 'ACCEPTED'}accepted{#else}sent"
                    + " back{/if}.")
    String flash_decided(String beneficiary, int period, StatementDecisionInput.Decision decision);

    @Message("Use of resources")
    String report_part();

    @Message("Each beneficiary's financial statement for the period: its figures once the coordinator accepted it. The"
            + " consortium's totals add the accepted statements up.")
    String report_part_intro();

    @Message("not accepted yet")
    String not_accepted();

    @Message("no accepted statement")
    String not_started();

    @Message("Statements of the period ({currency})")
    String report_statements(String currency);

    @Message("This period")
    String col_this_period();

    @Message("Up to the end of the period")
    String col_cumulative();

    @Message("Finances")
    String finances_title();

    @Message("The budget against the costs declared in accepted statements, per beneficiary and category; person-months"
            + " planned against declared per work package; each one's pace against the time elapsed, its forecast at"
            + " completion and the warnings (over 110 % or under 50 % of the time elapsed).")
    String finances_intro();

    @Message(
            "Time elapsed: {percent} % of the project, to the end of the last reporting period that has ended ({date}).")
    String time_elapsed(String percent, String date);

    @Message("No reporting period has ended yet: nothing to compare.")
    String no_period_ended();

    @Message("Costs per beneficiary ({currency}): budget and declared")
    String finances_caption(String currency);

    @Message("Budget (eligible)")
    String col_budget_eligible();

    @Message("Declared (eligible)")
    String col_declared_eligible();

    @Message("Consumed")
    String col_consumed();

    @Message("Forecast at completion")
    String col_forecast();

    @Message("Warning")
    String col_warning();

    @Message("{#when deviation}{#is OVER}Ahead of time (over 110 %){#is UNDER}Behind time (under 50 %){/when}")
    String deviation(FinanceRules.Deviation deviation);

    @Message("Budget and declared costs by beneficiary; the mark shows the time elapsed on each budget")
    String chart_caption();

    @Message("Person-months per work package: planned and declared")
    String months_caption();

    @Message("Download the table (Excel)")
    String download();
}
