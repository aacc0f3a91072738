package org.consortia.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.consortia.finance.GrantArithmetic.Cost;
import org.consortia.finance.GrantArithmetic.Figures;
import org.consortia.finance.GrantArithmetic.Rates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grant's arithmetic with literal figures: indirect costs on their base, eligible costs, the contribution. */
class GrantArithmeticTest {

    private static final List<Cost> COSTS = List.of(
            new Cost(CategoryKind.PERSONNEL, new BigDecimal("100000.00")),
            new Cost(CategoryKind.SUBCONTRACTING, new BigDecimal("20000.00")),
            new Cost(CategoryKind.PURCHASE, new BigDecimal("10000.00")),
            new Cost(CategoryKind.THIRD_PARTY_SUPPORT, new BigDecimal("5000.00")));

    @Test
    void aQuarterOfTheDirectCostsButSubcontractingAndSupportToThirdParties() {
        Figures figures = GrantArithmetic.figures(COSTS, new Rates(new BigDecimal("80"), new BigDecimal("25"), true));
        assertEquals(
                new Figures(
                        new BigDecimal("135000.00"),
                        new BigDecimal("27500.00"),
                        new BigDecimal("162500.00"),
                        new BigDecimal("130000.00")),
                figures);
    }

    @Test
    void aLumpSumStatementIsTheSharesOfItsCompletedWorkPackagesPaidWhole() {
        assertEquals(
                new Figures(
                        new BigDecimal("0.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("60000.50"),
                        new BigDecimal("60000.50")),
                GrantArithmetic.lumpSum(List.of(new BigDecimal("40000.00"), new BigDecimal("20000.50"))));
        assertEquals(Figures.ZERO, GrantArithmetic.lumpSum(List.of()));
    }

    @Test
    void sevenPercentOfEveryDirectCostWhereTheProgrammeExcludesNothing() {
        Figures figures = GrantArithmetic.figures(COSTS, new Rates(new BigDecimal("90"), new BigDecimal("7"), false));
        assertEquals(
                new Figures(
                        new BigDecimal("135000.00"),
                        new BigDecimal("9450.00"),
                        new BigDecimal("144450.00"),
                        new BigDecimal("130005.00")),
                figures);
    }

    @ParameterizedTest(name = "{1} % of {0} = {2}")
    @CsvSource(textBlock = """
            333.33,   7, 23.33
            12.50,    1,  0.13
            12.49,    1,  0.12
            0.07,     7,  0.00
            1000.00, 80, 800.00
            """)
    void eachComputedAmountIsRoundedToTheCentHalfUp(String amount, String rate, String expected) {
        assertEquals(new BigDecimal(expected), GrantArithmetic.percent(new BigDecimal(amount), new BigDecimal(rate)));
    }
}
