package org.consortia.project;

/**
 * One state of a project as its pages show it: its own row's version and the revision the database
 * moves on with every change to its plan, partners, files, reports or activity. Something rendered
 * from the project may be reused for as long as this is equal, on any instance.
 */
public record ProjectRevision(long project, long version, long revision) {}
