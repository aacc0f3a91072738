package org.consortia.amendment;

/** Where an amendment stands: awaiting the acceptance authority, or decided. */
public enum AmendmentStatus {
    REQUESTED,
    APPROVED,
    REFUSED
}
