package org.consortia.project;

/**
 * Fired, inside the transaction, when a project's dates change: the plan's features recompute
 * their due dates and refuse the change (by throwing) if something no longer fits the project.
 */
public record ProjectRescheduled(Project project) {}
