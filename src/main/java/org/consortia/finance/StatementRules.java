package org.consortia.finance;

import java.math.BigDecimal;
import org.consortia.security.Standing;

/** The rules of financial statements that need no database (docs/finances.md, "Financial statements"). */
public final class StatementRules {

    /** Purchases above this share of the personnel costs are explained one by one: 15 %. */
    public static final BigDecimal PURCHASE_SHARE = new BigDecimal("15");

    private StatementRules() {}

    /**
     * Whether a cost must be justified in the explanation of the use of resources, the Portal's rule of thumb: any
     * subcontracting, and purchases (travel, equipment, other goods, works and services) over 15 % of the statement's
     * personnel costs.
     */
    public static boolean needsJustification(CategoryKind kind, BigDecimal amount, BigDecimal personnel) {
        return switch (kind) {
            case SUBCONTRACTING -> amount.signum() > 0;
            case PURCHASE -> amount.compareTo(GrantArithmetic.percent(personnel, PURCHASE_SHARE)) > 0;
            default -> false;
        };
    }

    /**
     * Whether {@code standing} reads the detail of {@code beneficiary}'s statement in {@code status}: the coordinator
     * and administrators every one; a partner's staff their own organisation's (everyone's when the consortium
     * shares every detail); the funder's side only what it received ({@link #funderReads}).
     */
    public static boolean reads(Standing standing, String beneficiary, boolean detailsShared, StatementStatus status) {
        if (standing.isReviewer()) {
            return funderReads(status);
        }
        return standing.level() != Standing.Level.NONE
                && FinanceRules.showsDetail(standing, beneficiary, detailsShared);
    }

    /** The funder reads a statement once the coordinator accepted it (frozen): never a draft, nor one being checked. */
    public static boolean funderReads(StatementStatus status) {
        return status == StatementStatus.ACCEPTED;
    }
}
