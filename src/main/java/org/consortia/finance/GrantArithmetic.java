package org.consortia.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The grant's arithmetic, once: indirect costs at a flat rate of their base, eligible costs, and the contribution the
 * funding rate gives. Amounts are exact ({@link BigDecimal}); each computed amount is rounded to the cent, half up,
 * as the EU's grant agreements round.
 */
public final class GrantArithmetic {

    /** The rates of a grant: percents (80.00 for 80 %). */
    public record Rates(BigDecimal fundingRate, BigDecimal indirectRate, boolean indirectExcludesSubcontracting) {}

    /** Costs of one category kind. */
    public record Cost(CategoryKind kind, BigDecimal amount) {}

    /** A beneficiary's (or the consortium's) figures: direct, indirect (computed), eligible, requested contribution. */
    public record Figures(BigDecimal direct, BigDecimal indirect, BigDecimal eligible, BigDecimal requested) {

        public static final Figures ZERO = new Figures(cents(0), cents(0), cents(0), cents(0));

        /** The sum of two beneficiaries' figures, as the consortium's totals add them (each already rounded). */
        public Figures plus(Figures other) {
            return new Figures(
                    direct.add(other.direct),
                    indirect.add(other.indirect),
                    eligible.add(other.eligible),
                    requested.add(other.requested));
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GrantArithmetic() {}

    /** The figures of one beneficiary's {@code costs} under {@code rates}. */
    public static Figures figures(Collection<Cost> costs, Rates rates) {
        BigDecimal direct = cents(0);
        BigDecimal base = cents(0);
        for (Cost cost : costs) {
            direct = direct.add(cost.amount());
            if (!rates.indirectExcludesSubcontracting() || cost.kind().inIndirectBaseWhenSubcontractingExcluded()) {
                base = base.add(cost.amount());
            }
        }
        BigDecimal indirect = percent(base, rates.indirectRate());
        BigDecimal eligible = direct.add(indirect);
        return new Figures(direct, indirect, eligible, percent(eligible, rates.fundingRate()));
    }

    /**
     * The figures of a lump-sum statement: the shares of the work packages completed are its eligible contribution,
     * paid whole; no cost is declared and no rate applies.
     */
    public static Figures lumpSum(Collection<BigDecimal> shares) {
        BigDecimal released = cents(0);
        for (BigDecimal share : shares) {
            released = released.add(share);
        }
        return new Figures(cents(0), cents(0), released, released);
    }

    /** {@code rate} percent of {@code amount}, to the cent, half up. */
    public static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(long amount) {
        return BigDecimal.valueOf(amount, 0).setScale(2);
    }
}
