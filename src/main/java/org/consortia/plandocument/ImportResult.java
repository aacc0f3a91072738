package org.consortia.plandocument;

/**
 * What an import wrote: the project, whether it was new, and how many items its plan now has ({@code risks}:
 * how many its register holds, also when the document left the register as it was).
 */
public record ImportResult(
        String project,
        boolean created,
        int partners,
        int workPackages,
        int deliverables,
        int milestones,
        int reportingPeriods,
        int risks) {}
