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
}
