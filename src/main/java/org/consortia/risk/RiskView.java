package org.consortia.risk;

import java.time.LocalDate;

/**
 * A risk as the API, the register page and the periodic report show it: {@code code} is R and its
 * number, {@code owner} the owner's organisation code (null: no owner), {@code version} its ETag.
 */
public record RiskView(
        int number,
        String code,
        String description,
        RiskLevel likelihood,
        RiskLevel impact,
        String mitigation,
        String owner,
        RiskStatus status,
        LocalDate identifiedOn,
        LocalDate closedOn,
        long version) {

    static RiskView of(Risk risk) {
        return new RiskView(
                risk.number,
                Risk.code(risk.number),
                risk.description,
                risk.likelihood,
                risk.impact,
                risk.mitigation,
                risk.owner == null ? null : risk.owner.code(),
                risk.status,
                risk.identifiedOn,
                risk.closedOn,
                risk.version);
    }
}
