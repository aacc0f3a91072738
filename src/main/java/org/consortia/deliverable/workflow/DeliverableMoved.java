package org.consortia.deliverable.workflow;

import org.consortia.deliverable.DeliverableStatus;
import org.consortia.project.Project;

/**
 * A deliverable took a step of the workflow; fired inside the move's transaction, so whatever observes
 * it synchronously (the notifications) is written, or not, together with the move.
 */
public record DeliverableMoved(
        Project project,
        String code,
        String title,
        String lead,
        DeliverableStatus from,
        DeliverableStatus to,
        String byUsername,
        String byName,
        String comment) {}
