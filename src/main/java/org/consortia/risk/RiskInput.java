package org.consortia.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A risk as a client sends it and as a plan document lists it; its number is not part of it (given on
 * creation, or by the position in the document). {@code status} left out is {@code OPEN}.
 */
public record RiskInput(
        @NotBlank @Size(max = 2000) String description,
        @NotNull RiskLevel likelihood,
        @NotNull RiskLevel impact,
        @Size(max = 4000) String mitigation,
        String owner,
        RiskStatus status,
        @NotNull LocalDate identifiedOn,
        LocalDate closedOn) {

    /** The status this input sets: {@code OPEN} when left out. */
    public RiskStatus statusOrOpen() {
        return status == null ? RiskStatus.OPEN : status;
    }

    /** What the owner's staff send: {@code current} with another mitigation, status and closing day. */
    public static RiskInput withMitigation(RiskView current, String mitigation, RiskStatus status, LocalDate closedOn) {
        return new RiskInput(
                current.description(),
                current.likelihood(),
                current.impact(),
                mitigation,
                current.owner(),
                status,
                current.identifiedOn(),
                closedOn);
    }

    /** Whether this changes at most the mitigation, status and closing day of {@code current}: what its owner may. */
    public boolean changesOnlyMitigationOf(RiskView current) {
        return description.strip().equals(current.description())
                && likelihood == current.likelihood()
                && impact == current.impact()
                && Objects.equals(owner, current.owner())
                && identifiedOn.equals(current.identifiedOn());
    }
}
