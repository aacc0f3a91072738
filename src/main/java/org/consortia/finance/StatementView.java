package org.consortia.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.finance.GrantArithmetic.Figures;

/**
 * A beneficiary's financial statement for a period as read; once accepted, exactly what was frozen ({@code
 * contentSha256} is the SHA-256 of its canonical JSON, without {@code actions} and {@code version}). A lump-sum
 * grant's statement ({@code lumpSum}) declares no cost: its figures are the shares of the work packages completed.
 */
public record StatementView(
        String project,
        int period,
        LocalDate periodStart,
        LocalDate periodEnd,
        String beneficiary,
        int partnerNumber,
        StatementStatus status,
        String currency,
        List<Cost> costs,
        boolean lumpSum,
        List<Share> shares,
        Figures figures,
        List<Effort> effort,
        BigDecimal personMonths,
        String explanation,
        String returnedComment,
        OffsetDateTime submittedAt,
        String submittedBy,
        OffsetDateTime decidedAt,
        String decidedBy,
        String contentSha256,
        Actions actions,
        long version) {

    /**
     * A category's costs: {@code justificationNeeded} when the rules ask for one ({@link StatementRules}); {@code
     * budget} the beneficiary's estimate for the whole grant.
     */
    public record Cost(
            String category,
            String name,
            CategoryKind kind,
            BigDecimal amount,
            BigDecimal budget,
            boolean justificationNeeded,
            String justification) {

        /** The amount as the form shows it: empty for none. */
        public String shownAmount() {
            return amount.signum() == 0 ? "" : amount.toPlainString();
        }
    }

    /**
     * A work package's person-months: those declared, the closed timesheets' figure, whether the beneficiary typed
     * its own (and why), and those planned for the whole grant.
     */
    public record Effort(
            String workPackage,
            String title,
            BigDecimal personMonths,
            BigDecimal fromTimesheets,
            boolean typed,
            String reason,
            BigDecimal planned) {

        /** The person-months the beneficiary typed, as the form shows them: empty when the timesheets' apply. */
        public String shownTyped() {
            return typed ? personMonths.toPlainString() : "";
        }
    }

    /**
     * The beneficiary's lump-sum share of a work package: whether this statement declares it completed, and the period
     * of another of its statements, submitted or accepted, that does ({@code declaredIn}, null when none does).
     */
    public record Share(String workPackage, String title, BigDecimal amount, boolean completed, Integer declaredIn) {}

    /** Statements frozen before lump sums (V27) have no shares. */
    public StatementView {
        shares = shares == null ? List.of() : shares;
    }

    /** What the reader may do now. */
    public record Actions(boolean edit, boolean submit, boolean decide) {

        public static final Actions NONE = new Actions(false, false, false);
    }

    /** The frozen form: everything but what depends on the reader and the row's version. */
    public StatementView frozen() {
        return with(null, Actions.NONE, 0);
    }

    /** This view with its hash, the reader's actions and the stored version. */
    public StatementView with(String sha256, Actions readerActions, long storedVersion) {
        return new StatementView(
                project,
                period,
                periodStart,
                periodEnd,
                beneficiary,
                partnerNumber,
                status,
                currency,
                costs,
                lumpSum,
                shares,
                figures,
                effort,
                personMonths,
                explanation,
                returnedComment,
                submittedAt,
                submittedBy,
                decidedAt,
                decidedBy,
                sha256,
                readerActions,
                storedVersion);
    }
}
