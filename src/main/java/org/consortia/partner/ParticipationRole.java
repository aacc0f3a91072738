package org.consortia.partner;

/** An organisation's part in a project, as the grant agreement names it. */
public enum ParticipationRole {
    /** The one coordinator of the project. */
    COORDINATOR,
    /** A co-coordinating organisation: the coordinator's rights (FORESEE: the Social Employers with UNIPSO). */
    CO_COORDINATOR,
    BENEFICIARY,
    AFFILIATED_ENTITY,
    ASSOCIATED_PARTNER
}
