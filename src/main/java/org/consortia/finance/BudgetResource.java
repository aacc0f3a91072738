package org.consortia.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.consortia.common.EntityTags;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * A project's budget (docs/finances.md): the consortium reads it, each partner its own detail unless the consortium
 * shares every detail; the coordinator writes it while the project is in preparation. The funder's side reads the
 * figures in the submitted reports, not here (404, as for a stranger).
 */
@Path("/api/projects/{acronym}/budget")
public class BudgetResource {

    private final ProjectService projects;
    private final BudgetService service;
    private final AccessPolicy access;

    BudgetResource(ProjectService projects, BudgetService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    @GET
    public Response get(@PathParam("acronym") String acronym) {
        Project project = access.internal(projects.find(acronym));
        BudgetView view = service.get(project, access.standing(project));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    public Response replace(
            @PathParam("acronym") String acronym,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BudgetInput input) {
        Project project = access.managed(access.internal(projects.find(acronym)));
        service.replace(project, ifMatch, input);
        BudgetView view = service.get(project, access.standing(project));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
