package org.consortia.finance;

/** Where a beneficiary's financial statement stands. */
public enum StatementStatus {
    /** Being written by the beneficiary; the coordinator's comment on it when sent back. */
    DRAFT,
    /** Submitted by the beneficiary, for the coordinator to check. */
    SUBMITTED,
    /** Accepted by the coordinator: frozen, and read by the funder with the periodic report. */
    ACCEPTED
}
