package org.consortia.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.consortia.security.MeView.ProjectRole;

/** The projects the caller takes part in, with their standing in each: for /api/me and the home page. */
@RequestScoped
public class MyProjects {

    private final AccessPolicy access;
    private final Standings standings;

    MyProjects(AccessPolicy access, Standings standings) {
        this.access = access;
        this.standings = standings;
    }

    public List<ProjectRole> list() {
        return standings.projectsOf(access.user().identity());
    }
}
