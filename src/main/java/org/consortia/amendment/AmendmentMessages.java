package org.consortia.amendment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.consortia.project.AcceptanceAuthority;

/**
 * The amendments page's texts and an amendment's statuses, in English ({@code {amendment:status(…)}} in the
 * templates); the other languages are in {@code messages/amendment_<language>.properties}.
 */
@MessageBundle("amendment")
public interface AmendmentMessages {

    @Message("Amendments")
    String title();

    @Message("Once the project is under way, a contractual due date of a deliverable or a milestone, and the budget,"
            + " change only by an amendment: the coordinator requests it with a reason, and {#when authority}{#is FUNDER_REVIEWER}the"
            + " funder's reviewer{#is COORDINATOR}the coordinator, acting as the funder,{#is NONE}nobody: it is"
            + " approved as it is requested, as{/when} decides it. Lateness is measured against the contractual"
            + " date; the consortium moves its forecast dates in the plan.")
    String intro(AcceptanceAuthority authority);

    @Message("{#when status}{#is REQUESTED}Awaiting decision{#is APPROVED}Approved{#is REFUSED}Refused{/when}")
    String status(AmendmentStatus status);

    @Message("No amendment yet.")
    String none();

    @Message("Amendments, newest first")
    String caption();

    @Message("Item")
    String col_item();

    @Message("Contractual date")
    String col_previous();

    @Message("Proposed date")
    String col_proposed();

    @Message("Requested")
    String col_requested();

    @Message("Decision")
    String col_decision();

    @Message("{by}, {at}")
    String by_at(String by, String at);

    @Message("Request an amendment")
    String request_title();

    @Message("Deliverable or milestone")
    String item();

    @Message("New contractual date")
    String new_date();

    @Message("Why the date must move: the funder reads it.")
    String reason_hint();

    @Message("Request the amendment")
    String send_request();

    @Message("Approve")
    String approve();

    @Message("Refuse")
    String refuse();

    @Message("Decide {code}")
    String decide(String code);

    @Message("Comment (optional)")
    String comment();

    @Message("Amendment {code} requested.")
    String requested(String code);

    @Message("Amendment {code} decided.")
    String decided(String code);

    @Message("Older")
    String older();

    @Message("Newer")
    String newer();

    @Message("Budget")
    String budget_item();

    @Message("maximum grant {amount}")
    String max_grant(String amount);

    @Message("Compare the budgets")
    String compare();

    @Message("Budget proposed by {code}")
    String budget_title(String code);

    @Message("What each beneficiary receives ({currency}): its requested contribution, or on a lump-sum grant its"
            + " lump-sum shares, and its person-months, before and as proposed")
    String budget_caption(String currency);

    @Message("Beneficiary")
    String col_beneficiary();

    @Message("Before")
    String col_before();

    @Message("Proposed")
    String col_after();

    @Message("Person-months before")
    String col_months_before();

    @Message("Person-months proposed")
    String col_months_after();

    @Message("not shown")
    String not_shown();

    @Message("Consortium")
    String consortium();

    @Message("Propose a new budget")
    String budget_request_title();

    @Message("The budget as it stands, in YAML as the plan document writes it: change it (costs, effort, shares, rates,"
            + " maximum grant) and send it with the reason. The whole budget is replaced once the amendment is"
            + " approved.")
    String budget_hint();

    @Message("New budget (YAML or JSON)")
    String budget_label();

    @Message("Propose this budget")
    String send_budget();

    @Message("paste the whole new budget")
    String budget_missing();
}
