package org.consortia.partner;

public enum ParticipationRole {
    COORDINATOR,
    BENEFICIARY,
    AFFILIATED_ENTITY,
    ASSOCIATED_PARTNER
}
