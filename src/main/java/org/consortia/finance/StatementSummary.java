package org.consortia.finance;

import java.math.BigDecimal;
import org.consortia.finance.GrantArithmetic.Figures;

/**
 * A statement in a list: whose, which period, where it stands, its person-months, and its figures when the reader
 * may see them ({@code detailed}).
 */
public record StatementSummary(
        int period,
        String beneficiary,
        int partnerNumber,
        StatementStatus status,
        boolean detailed,
        Figures figures,
        BigDecimal personMonths) {}
