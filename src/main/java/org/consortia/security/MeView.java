package org.consortia.security;

import java.util.List;
import java.util.Set;

/** Who the caller is, and the projects they take part in with their standing in each. */
public record MeView(
        String subject,
        String username,
        String name,
        String email,
        Set<String> organisations,
        Set<String> roles,
        List<ProjectRole> projects) {

    /** A project the caller takes part in: through which organisation and role, or as assigned reviewer. */
    public record ProjectRole(
            String acronym, String title, Standing.Level standing, String organisation, String participationRole) {}
}
