package org.consortia.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Set;
import org.consortia.finance.FinanceRules.Deviation;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.security.Standing;
import org.junit.jupiter.api.Test;

/** The finance page's warnings and forecast, with literal answers. */
class FinanceRulesTest {

    @Test
    void spendingOverOneHundredTenPercentOrUnderFiftyPercentOfTheTimeElapsedIsWarnedOf() {
        assertEquals(Deviation.OVER, FinanceRules.deviation(new BigDecimal("55.01"), new BigDecimal("50.00")));
        assertNull(FinanceRules.deviation(new BigDecimal("55.00"), new BigDecimal("50.00")));
        assertNull(FinanceRules.deviation(new BigDecimal("25.00"), new BigDecimal("50.00")));
        assertEquals(Deviation.UNDER, FinanceRules.deviation(new BigDecimal("24.99"), new BigDecimal("50.00")));
        assertEquals(Deviation.UNDER, FinanceRules.deviation(new BigDecimal("0.00"), new BigDecimal("50.00")));
        assertNull(FinanceRules.deviation(new BigDecimal("10.00"), new BigDecimal("0.00")));
        assertNull(FinanceRules.deviation(null, new BigDecimal("50.00")));
    }

    @Test
    void theForecastCarriesThePaceOnToTheEnd() {
        assertEquals(
                new BigDecimal("80000.00"),
                FinanceRules.forecastAtCompletion(new BigDecimal("40000.00"), new BigDecimal("50.00")));
        assertEquals(
                new BigDecimal("118333.33"),
                FinanceRules.forecastAtCompletion(new BigDecimal("35500.00"), new BigDecimal("30.00")));
        assertNull(FinanceRules.forecastAtCompletion(new BigDecimal("100.00"), BigDecimal.ZERO));
    }

    @Test
    void aShareIsInPercentToTheCent() {
        assertEquals(new BigDecimal("33.33"), FinanceRules.percent(new BigDecimal("1"), new BigDecimal("3")));
        assertEquals(new BigDecimal("150.00"), FinanceRules.percent(new BigDecimal("3"), new BigDecimal("2")));
        assertNull(FinanceRules.percent(new BigDecimal("3"), BigDecimal.ZERO));
    }

    @Test
    void theCoordinatorReadsEveryBeneficiarysDetailAPartnerItsOwnUnlessTheConsortiumSharesThem() {
        Standing coordinator = new Standing(Standing.Level.COORDINATOR, Set.of("UNIPSO"));
        Standing nexem = new Standing(Standing.Level.PARTNER, Set.of("NEXEM"));
        assertEquals(true, FinanceRules.showsDetail(coordinator, "NEXEM", false));
        assertEquals(true, FinanceRules.showsDetail(nexem, "NEXEM", false));
        assertEquals(false, FinanceRules.showsDetail(nexem, "ELISFA", false));
        assertEquals(true, FinanceRules.showsDetail(nexem, "ELISFA", true));
    }

    @Test
    void whoeverDecidesTheAmendmentsReadsEveryDetailOfAProposedBudgetOthersAsInTheBudget() {
        Standing reviewer = new Standing(Standing.Level.REVIEWER, Set.of());
        Standing nexem = new Standing(Standing.Level.PARTNER, Set.of("NEXEM"));
        assertEquals(false, FinanceRules.showsDetail(reviewer, "NEXEM", false));
        assertEquals(
                true, FinanceRules.showsProposedDetail(reviewer, AcceptanceAuthority.FUNDER_REVIEWER, "NEXEM", false));
        assertEquals(
                false, FinanceRules.showsProposedDetail(reviewer, AcceptanceAuthority.COORDINATOR, "NEXEM", false));
        assertEquals(false, FinanceRules.showsProposedDetail(reviewer, AcceptanceAuthority.NONE, "NEXEM", false));
        assertEquals(
                false, FinanceRules.showsProposedDetail(nexem, AcceptanceAuthority.FUNDER_REVIEWER, "ELISFA", false));
        assertEquals(
                true, FinanceRules.showsProposedDetail(nexem, AcceptanceAuthority.FUNDER_REVIEWER, "NEXEM", false));
    }
}
