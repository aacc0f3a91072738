package org.consortia.finance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * {@code /api/projects/{acronym}/finances}: the finance page's figures ({@link FinanceView}) for the consortium; the
 * funder's side reads the report's financial part instead (404 here, as for a stranger).
 */
@Path("/api/projects/{acronym}/finances")
public class FinanceResource {

    private final ProjectService projects;
    private final FinanceOverview overview;
    private final AccessPolicy access;

    FinanceResource(ProjectService projects, FinanceOverview overview, AccessPolicy access) {
        this.projects = projects;
        this.overview = overview;
        this.access = access;
    }

    @GET
    public FinanceView get(@PathParam("acronym") String acronym) {
        Project project = access.internal(projects.find(acronym));
        return overview.get(project, access.standing(project));
    }
}
