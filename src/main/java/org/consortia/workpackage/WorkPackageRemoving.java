package org.consortia.workpackage;

/**
 * Fired, inside the transaction, before a work package is removed: a feature holding records of it that must outlive
 * the plan (staff timesheets) refuses the removal by throwing.
 */
public record WorkPackageRemoving(WorkPackage workPackage) {}
