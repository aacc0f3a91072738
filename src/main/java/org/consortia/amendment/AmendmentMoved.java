package org.consortia.amendment;

import org.consortia.project.Project;

/** An amendment was requested or decided, by {@code byUsername} ({@code byName} when known): for the notices. */
public record AmendmentMoved(Project project, AmendmentView amendment, String byUsername, String byName) {}
