package org.consortia.plan;

/** What an import wrote: the project, whether it was new, and how many items its plan now has. */
public record ImportResult(String project, boolean created, int partners, int workPackages, int deliverables,
        int milestones, int reportingPeriods) {
}
