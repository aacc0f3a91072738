package org.consortia.risk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of a risk's levels and statuses, the register's and its form's texts, in English
 * ({@code {risk:risk_level(…)}} in the templates); the other languages are in
 * {@code messages/risk_<language>.properties}.
 */
@MessageBundle("risk")
public interface RiskMessages {

    @Message("{#when level}{#is LOW}Low{#is MEDIUM}Medium{#is HIGH}High{/when}")
    String risk_level(RiskLevel level);

    @Message("{#when status}{#is OPEN}Open{#is MITIGATED}Mitigated{#is CLOSED}Closed{/when}")
    String risk_status(RiskStatus status);

    @Message(
            "What might get in the way of the project, how likely and how serious it is, what is done about"
                    + " it and which partner owns it. The funder's reviewers see it only in submitted progress reports, as of their period.")
    String risk_register_intro();

    @Message("The register, by number")
    String risk_register_caption();

    @Message("No risk recorded yet.")
    String risk_none();

    @Message("New risk")
    String risk_new();

    @Message("Update")
    String risk_update();

    @Message("Update {code}")
    String risk_update_heading(String code);

    @Message("As staff of {owner}, the owner of this risk, you record what is done about it: its mitigation,"
            + " its status and the day it was closed. The rest is the coordinator's to change.")
    String risk_owner_intro(String owner);

    @Message("No owner (the consortium)")
    String risk_no_owner();

    @Message("A day within the project.")
    String risk_hint_identified();

    @Message("Only for a closed risk: the day it was closed, not before it was identified.")
    String risk_hint_closed();
}
