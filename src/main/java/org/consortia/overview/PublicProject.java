package org.consortia.overview;

/** A project that shows its results to anyone. */
public record PublicProject(String acronym, String title, String funder, String programme) {}
