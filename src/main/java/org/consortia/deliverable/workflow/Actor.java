package org.consortia.deliverable.workflow;

/** Who may take a step of the workflow. */
enum Actor {
    LEAD,
    COORDINATOR,
    REVIEWER
}
