package org.consortia.overview;

import org.consortia.deliverable.ShownStatus;

/** How many deliverables stand at one status. */
public record StatusCount(ShownStatus status, int count) {}
