package org.consortia.report;

import org.consortia.project.Project;

/**
 * A revision of a period's report was submitted or decided on; fired in that transaction, so the notices
 * it causes are written, or not, with it.
 */
public record ReportMoved(
        Project project, int period, int revision, ReportStatus to, String byUsername, String byName, String comment) {}
