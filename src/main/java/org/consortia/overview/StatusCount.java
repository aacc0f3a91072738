package org.consortia.overview;

import org.consortia.deliverable.DeliverableStatus;

/** How many deliverables stand at one status. */
public record StatusCount(DeliverableStatus status, int count) {}
