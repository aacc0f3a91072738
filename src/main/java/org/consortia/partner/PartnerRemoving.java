package org.consortia.partner;

/**
 * Fired, inside the transaction, before a partner leaves a project: a feature holding records of it that must outlive
 * the plan (its financial statements) refuses the removal by throwing.
 */
public record PartnerRemoving(Participation partner) {}
