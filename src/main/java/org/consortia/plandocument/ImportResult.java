package org.consortia.plandocument;

/**
 * What an import wrote: the project, whether it was new, and how many items its plan now has ({@code risks} and
 * {@code meetings}: how many it holds, also when the document left them as they were).
 */
public record ImportResult(
        String project,
        boolean created,
        int partners,
        int workPackages,
        int deliverables,
        int milestones,
        int reportingPeriods,
        int risks,
        int meetings) {}
