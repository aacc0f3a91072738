package org.consortia.workflow;

/** Who may take a step of the workflow. */
enum Actor {
    LEAD,
    COORDINATOR,
    REVIEWER
}
