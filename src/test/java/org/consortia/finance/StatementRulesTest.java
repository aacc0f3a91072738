package org.consortia.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Set;
import org.consortia.security.Standing;
import org.consortia.security.Standing.Level;
import org.junit.jupiter.api.Test;

/** What a statement must justify, and who reads it, with literal answers. */
class StatementRulesTest {

    private static final BigDecimal PERSONNEL = new BigDecimal("30000.00");

    @Test
    void subcontractingIsAlwaysJustifiedAndPurchasesOverFifteenPercentOfPersonnel() {
        assertEquals(
                true,
                StatementRules.needsJustification(CategoryKind.SUBCONTRACTING, new BigDecimal("0.01"), PERSONNEL));
        assertEquals(
                false,
                StatementRules.needsJustification(CategoryKind.SUBCONTRACTING, new BigDecimal("0.00"), PERSONNEL));
        assertEquals(
                false, StatementRules.needsJustification(CategoryKind.PURCHASE, new BigDecimal("4500.00"), PERSONNEL));
        assertEquals(
                true, StatementRules.needsJustification(CategoryKind.PURCHASE, new BigDecimal("4500.01"), PERSONNEL));
        assertEquals(
                true,
                StatementRules.needsJustification(CategoryKind.PURCHASE, new BigDecimal("1.00"), BigDecimal.ZERO));
        assertEquals(
                false,
                StatementRules.needsJustification(CategoryKind.PERSONNEL, new BigDecimal("99999.00"), PERSONNEL));
        assertEquals(
                false, StatementRules.needsJustification(CategoryKind.OTHER, new BigDecimal("99999.00"), PERSONNEL));
        assertEquals(
                false,
                StatementRules.needsJustification(
                        CategoryKind.THIRD_PARTY_SUPPORT, new BigDecimal("99999.00"), PERSONNEL));
    }

    @Test
    void theCoordinatorReadsEveryStatementAPartnerItsOwnAndTheFunderOnlyAcceptedOnes() {
        Standing coordinator = new Standing(Level.COORDINATOR, Set.of("UNIPSO"));
        Standing nexem = new Standing(Level.PARTNER, Set.of("NEXEM"));
        Standing reviewer = new Standing(Level.REVIEWER, Set.of());
        Standing stranger = new Standing(Level.NONE, Set.of("NEXEM"));

        assertEquals(true, StatementRules.reads(coordinator, "NEXEM", false, StatementStatus.DRAFT));
        assertEquals(true, StatementRules.reads(nexem, "NEXEM", false, StatementStatus.DRAFT));
        assertEquals(false, StatementRules.reads(nexem, "ELISFA", false, StatementStatus.ACCEPTED));
        assertEquals(true, StatementRules.reads(nexem, "ELISFA", true, StatementStatus.DRAFT));
        assertEquals(false, StatementRules.reads(reviewer, "NEXEM", true, StatementStatus.DRAFT));
        assertEquals(false, StatementRules.reads(reviewer, "NEXEM", true, StatementStatus.SUBMITTED));
        assertEquals(true, StatementRules.reads(reviewer, "NEXEM", false, StatementStatus.ACCEPTED));
        assertEquals(false, StatementRules.reads(stranger, "NEXEM", true, StatementStatus.ACCEPTED));
    }

    @Test
    void aBeneficiarysOwnStaffDeclareItsStatementNotTheCoordinatorOfAnother() {
        assertEquals(true, new Standing(Level.PARTNER, Set.of("NEXEM")).declaresFor("NEXEM"));
        assertEquals(false, new Standing(Level.PARTNER, Set.of("NEXEM")).declaresFor("ELISFA"));
        assertEquals(true, new Standing(Level.COORDINATOR, Set.of("UNIPSO")).declaresFor("UNIPSO"));
        assertEquals(false, new Standing(Level.COORDINATOR, Set.of("UNIPSO")).declaresFor("NEXEM"));
        assertEquals(true, new Standing(Level.ADMIN, Set.of()).declaresFor("NEXEM"));
        assertEquals(false, new Standing(Level.REVIEWER, Set.of("NEXEM")).declaresFor("NEXEM"));
    }
}
