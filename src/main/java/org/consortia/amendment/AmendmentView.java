package org.consortia.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.consortia.common.CanonicalJson;
import org.consortia.finance.BudgetInput;

/**
 * An amendment as the API shows it, to the consortium and the funder alike: a date's (its dates), or the budget's (its
 * maximum grant before and after; the budgets themselves are read as each reader may, {@code …/budget}).
 */
public record AmendmentView(
        int number,
        String code,
        AmendedItem itemType,
        String item,
        String reason,
        LocalDate previousDueDate,
        Integer proposedDueMonth,
        LocalDate proposedDueDate,
        BudgetChange budget,
        AmendmentStatus status,
        OffsetDateTime requestedAt,
        String requestedBy,
        OffsetDateTime decidedAt,
        String decidedBy,
        String decisionComment,
        long version) {

    static AmendmentView of(Amendment a) {
        return new AmendmentView(
                a.number,
                Amendment.code(a.number),
                a.itemType,
                a.itemCode,
                a.reason,
                a.previousDueDate,
                a.proposedDueMonth,
                a.proposedDueDate,
                a.itemType == AmendedItem.BUDGET ? BudgetChange.of(a) : null,
                a.status,
                a.requestedAt,
                a.requestedByName != null ? a.requestedByName : a.requestedBy,
                a.decidedAt,
                a.decidedByName != null ? a.decidedByName : a.decidedBy,
                a.decisionComment,
                a.version);
    }

    /** What a budget amendment changes, as every reader may see it: the grant's maximum before and after. */
    public record BudgetChange(String currency, BigDecimal previousMaxGrant, BigDecimal proposedMaxGrant) {

        static BudgetChange of(Amendment amendment) {
            BudgetInput previous = previous(amendment);
            BudgetInput proposed = proposed(amendment);
            return new BudgetChange(proposed.currency(), previous.maxGrant(), proposed.maxGrant());
        }
    }

    static BudgetInput previous(Amendment amendment) {
        return CanonicalJson.read(amendment.previousBudget, BudgetInput.class, where(amendment));
    }

    static BudgetInput proposed(Amendment amendment) {
        return CanonicalJson.read(amendment.proposedBudget, BudgetInput.class, where(amendment));
    }

    private static String where(Amendment amendment) {
        return "amendment " + Amendment.code(amendment.number);
    }
}
