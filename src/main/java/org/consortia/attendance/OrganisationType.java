package org.consortia.attendance;

/**
 * The kind of organisation a participant comes from. Social dialogue is about the balance between employers and unions,
 * so the first two matter most.
 */
public enum OrganisationType {
    EMPLOYERS_ORGANISATION,
    TRADE_UNION,
    PUBLIC_AUTHORITY,
    SERVICE_PROVIDER,
    NGO,
    EDUCATION_RESEARCH,
    OTHER
}
