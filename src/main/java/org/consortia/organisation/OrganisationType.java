package org.consortia.organisation;

public enum OrganisationType {
    EMPLOYERS_ORGANISATION,
    TRADE_UNION,
    NGO,
    PUBLIC_AUTHORITY,
    UNIVERSITY,
    TRAINING_CENTRE,
    COMPANY,
    OTHER
}
