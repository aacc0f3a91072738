package org.consortia.reportingperiod;

/**
 * A reporting period is about to be removed (a plan that has fewer periods now); fired in the removal's
 * transaction, so an observer that refuses it (a period that has a report) stops the whole change.
 */
public record ReportingPeriodRemoving(ReportingPeriod period) {}
