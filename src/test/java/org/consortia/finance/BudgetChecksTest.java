package org.consortia.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.consortia.common.InvalidDataProblem;
import org.junit.jupiter.api.Test;

/** What a budget must say of itself, checked without HTTP: each refusal names its field. */
class BudgetChecksTest {

    private static BudgetInput budget(
            String currency, BigDecimal maxGrant, List<BudgetInput.Beneficiary> beneficiaries) {
        return new BudgetInput(
                currency,
                FundingModel.ACTUAL_COSTS,
                new BigDecimal("80.00"),
                new BigDecimal("7.00"),
                true,
                maxGrant,
                false,
                null,
                beneficiaries);
    }

    private static BudgetInput.Beneficiary unipso(String category, String amount) {
        return new BudgetInput.Beneficiary("UNIPSO", Map.of(category, new BigDecimal(amount)), Map.of(), Map.of());
    }

    private static String fieldOf(BudgetInput input) {
        return assertThrows(InvalidDataProblem.class, () -> BudgetService.check(input))
                .errors()
                .get(0)
                .field();
    }

    @Test
    void theContributionsMustAddUpToTheMaximumGrant() {
        // 10,000 of personnel, 7 % indirect: 10,700 eligible, 80 %: 8,560 requested
        assertEquals(
                new BigDecimal("8560.00"),
                BudgetService.check(budget("EUR", new BigDecimal("8560.00"), List.of(unipso("A.1", "10000.00"))))
                        .requested());
        assertEquals("maxGrant", fieldOf(budget("EUR", new BigDecimal("9000.00"), List.of(unipso("A.1", "10000.00")))));
    }

    @Test
    void aCurrencyIso4217DoesNotKnowACategoryNotOfTheProjectOrABeneficiaryTwiceIsRefused() {
        assertEquals("currency", fieldOf(budget("EUX", null, List.of())));
        assertEquals("beneficiaries[0].costs", fieldOf(budget("EUR", null, List.of(unipso("Z.9", "1.00")))));
        assertEquals(
                "beneficiaries[1].organisation",
                fieldOf(budget("EUR", null, List.of(unipso("A.1", "1.00"), unipso("C.1", "2.00")))));
    }

    @Test
    void onlyALumpSumGrantHasSharesAndTheyMustAddUpToTheMaximumGrant() {
        List<BudgetInput.Beneficiary> shares = List.of(
                new BudgetInput.Beneficiary("UNIPSO", Map.of(), Map.of(), Map.of("WP1", new BigDecimal("15000.00"))),
                new BudgetInput.Beneficiary("NEXEM", Map.of(), Map.of(), Map.of("WP1", new BigDecimal("45000.00"))));
        BudgetService.check(lumpSum(new BigDecimal("60000.00"), shares));
        assertEquals("maxGrant", fieldOf(lumpSum(new BigDecimal("59999.99"), shares)));
        assertEquals("beneficiaries[0].lumpSums", fieldOf(budget("EUR", null, shares)));
    }

    private static BudgetInput lumpSum(BigDecimal maxGrant, List<BudgetInput.Beneficiary> beneficiaries) {
        return new BudgetInput(
                "EUR",
                FundingModel.LUMP_SUM,
                new BigDecimal("100.00"),
                new BigDecimal("0.00"),
                true,
                maxGrant,
                false,
                null,
                beneficiaries);
    }
}
