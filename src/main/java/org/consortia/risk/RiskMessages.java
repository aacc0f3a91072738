package org.consortia.risk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of a risk's levels and statuses, in English ({@code {risk:risk_level(…)}} in the templates); the other languages are in
 * {@code messages/risk_<language>.properties}.
 */
@MessageBundle("risk")
public interface RiskMessages {

    @Message("{#when level}{#is LOW}Low{#is MEDIUM}Medium{#is HIGH}High{/when}")
    String risk_level(RiskLevel level);

    @Message("{#when status}{#is OPEN}Open{#is MITIGATED}Mitigated{#is CLOSED}Closed{/when}")
    String risk_status(RiskStatus status);
}
