package org.consortia.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.security.Standing;

/**
 * How a beneficiary or a work package is going against the time elapsed (docs/finances.md, "The finance page"): the
 * share of its budget (or planned person-months) consumed, compared with the share of the project's time elapsed.
 */
public final class FinanceRules {

    /** Over this ratio of consumed share to time elapsed, a warning: spending ahead of time. */
    public static final BigDecimal OVER = new BigDecimal("1.10");

    /** Under this ratio, a warning: spending well behind time. */
    public static final BigDecimal UNDER = new BigDecimal("0.50");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FinanceRules() {}

    /** A warning on a beneficiary or a work package. */
    public enum Deviation {
        /** Consumed more than 110 % of its share of the time elapsed. */
        OVER,
        /** Consumed less than 50 % of its share of the time elapsed. */
        UNDER
    }

    /**
     * Whether a member of the consortium reads a beneficiary's detailed money (its budget by category, its statements,
     * its figures): the coordinator and administrators every one's, a partner's staff their own organisation's, and
     * everyone every one's when the consortium shares every detail ({@code detailsShared}).
     */
    public static boolean showsDetail(Standing standing, String beneficiary, boolean detailsShared) {
        return standing.managesPlan() || standing.speaksFor(beneficiary) || detailsShared;
    }

    /**
     * Who reads a beneficiary's detail in a budget an amendment proposes: as in the budget, and whoever decides the
     * project's amendments ({@code authority}: the funder's reviewer on most grants).
     */
    public static boolean showsProposedDetail(
            Standing standing, AcceptanceAuthority authority, String beneficiary, boolean detailsShared) {
        return standing.accepts(authority) || showsDetail(standing, beneficiary, detailsShared);
    }

    /** {@code part} of {@code whole} in percent, to two decimals; null when there is no whole. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0
                ? null
                : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /**
     * The warning, if any, for {@code consumed} percent of a budget against {@code elapsed} percent of the project's
     * time; none before any time has elapsed or without a budget.
     */
    public static Deviation deviation(BigDecimal consumed, BigDecimal elapsed) {
        if (consumed == null || elapsed == null || elapsed.signum() <= 0) {
            return null;
        }
        BigDecimal ratio = consumed.divide(elapsed, 4, RoundingMode.HALF_UP);
        if (ratio.compareTo(OVER) > 0) {
            return Deviation.OVER;
        }
        return ratio.compareTo(UNDER) < 0 ? Deviation.UNDER : null;
    }

    /**
     * The forecast at completion: what was consumed, carried on at the same pace to the end ({@code consumed} over
     * {@code elapsed} percent of the time), to the cent; null before any time has elapsed.
     */
    public static BigDecimal forecastAtCompletion(BigDecimal consumed, BigDecimal elapsed) {
        return elapsed == null || elapsed.signum() <= 0
                ? null
                : consumed.multiply(HUNDRED).divide(elapsed, 2, RoundingMode.HALF_UP);
    }
}
