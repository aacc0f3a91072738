package org.consortia.risk;

import static org.consortia.web.FormValues.choice;
import static org.consortia.web.FormValues.date;
import static org.consortia.web.FormValues.shown;
import static org.consortia.web.FormValues.text;

import org.consortia.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The risk form as typed: all of it for the coordinator, the mitigation, status and closing day for the owner. */
public class RiskFields {

    @RestForm
    public String description;

    @RestForm
    public String likelihood;

    @RestForm
    public String impact;

    @RestForm
    public String mitigation;

    @RestForm
    public String owner;

    @RestForm
    public String status;

    @RestForm
    public String identifiedOn;

    @RestForm
    public String closedOn;

    @RestForm
    public String version;

    /** An empty form: a new risk is open. */
    static RiskFields blank() {
        RiskFields fields = new RiskFields();
        fields.status = RiskStatus.OPEN.name();
        return fields;
    }

    static RiskFields of(RiskView risk) {
        RiskFields fields = new RiskFields();
        fields.description = risk.description();
        fields.likelihood = risk.likelihood().name();
        fields.impact = risk.impact().name();
        fields.mitigation = shown(risk.mitigation());
        fields.owner = shown(risk.owner());
        fields.status = risk.status().name();
        fields.identifiedOn = shown(risk.identifiedOn());
        fields.closedOn = shown(risk.closedOn());
        fields.version = shown(risk.version());
        return fields;
    }

    /** The whole risk, as the coordinator typed it. */
    RiskInput input(FormErrors errors) {
        return new RiskInput(
                text(description),
                choice(RiskLevel.class, likelihood, "likelihood", errors),
                choice(RiskLevel.class, impact, "impact", errors),
                text(mitigation),
                text(owner),
                choice(RiskStatus.class, status, "status", errors),
                date(identifiedOn, "identifiedOn", errors),
                date(closedOn, "closedOn", errors));
    }

    /** {@code current} with what its owner typed: the mitigation, the status and the closing day. */
    RiskInput mitigationOf(RiskView current, FormErrors errors) {
        return RiskInput.withMitigation(
                current,
                text(mitigation),
                choice(RiskStatus.class, status, "status", errors),
                date(closedOn, "closedOn", errors));
    }
}
