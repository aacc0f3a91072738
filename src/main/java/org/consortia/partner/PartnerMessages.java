package org.consortia.partner;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of a partner's roles in a project, in English ({@code {partner:role(…)}} in the templates); the other languages are in
 * {@code messages/partner_<language>.properties}.
 */
@MessageBundle("partner")
public interface PartnerMessages {

    @Message(
            "{#when role}{#is COORDINATOR}Coordinator{#is CO_COORDINATOR}Co-coordinator{#is BENEFICIARY}Beneficiary{#is AFFILIATED_ENTITY}Affiliated entity"
                    + "{#is ASSOCIATED_PARTNER}Associated partner{/when}")
    String role(ParticipationRole role);
}
