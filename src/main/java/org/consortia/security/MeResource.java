package org.consortia.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** {@code GET /api/me}: the caller as the platform sees them. */
@Path("/api/me")
public class MeResource {

    private final AccessPolicy access;
    private final MyProjects projects;

    MeResource(AccessPolicy access, MyProjects projects) {
        this.access = access;
        this.projects = projects;
    }

    @GET
    public MeView me() {
        CurrentUser user = access.user();
        return new MeView(
                user.subject(),
                user.username(),
                user.name(),
                user.email(),
                user.organisations(),
                user.roles(),
                projects.list());
    }
}
