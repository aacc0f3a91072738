package org.consortia.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.consortia.common.EntityTags;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.QueryEnums;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * Beneficiaries' financial statements (docs/api.md, "Financial statements"): {@code
 * /api/projects/{acronym}/statements/{period}/{beneficiary}}. The rules of who reads and writes what are {@link
 * StatementService}'s and {@link StatementRules}'.
 */
@Path("/api/projects/{acronym}/statements")
public class StatementResource {

    private final ProjectService projects;
    private final StatementService service;
    private final AccessPolicy access;

    StatementResource(ProjectService projects, StatementService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<StatementSummary> list(
            @PathParam("acronym") String acronym,
            @QueryParam("period") Integer period,
            @QueryParam("status") String status,
            @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        return service.list(
                project,
                period,
                QueryEnums.optional("status", status, StatementStatus.class),
                access.standing(project),
                page);
    }

    @GET
    @Path("{period}/{beneficiary}")
    public Response get(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary) {
        Project project = access.visible(projects.find(acronym));
        return current(project, period, beneficiary);
    }

    @PUT
    @Path("{period}/{beneficiary}")
    public Response replace(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatementInput input) {
        Project project = access.visible(projects.find(acronym));
        service.replace(project, period, beneficiary, access.standing(project), ifMatch, input);
        return current(project, period, beneficiary);
    }

    @POST
    @Path("{period}/{beneficiary}/submission")
    public Response submit(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Project project = access.visible(projects.find(acronym));
        service.submit(
                project,
                period,
                beneficiary,
                access.standing(project),
                ifMatch,
                access.user().signature());
        return current(project, period, beneficiary);
    }

    @POST
    @Path("{period}/{beneficiary}/decision")
    public Response decide(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("beneficiary") String beneficiary,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatementDecisionInput input) {
        Project project = access.visible(projects.find(acronym));
        service.decide(
                project,
                period,
                beneficiary,
                access.standing(project),
                ifMatch,
                input,
                access.user().signature());
        return current(project, period, beneficiary);
    }

    private Response current(Project project, int period, String beneficiary) {
        StatementView view = service.get(project, period, beneficiary, access.standing(project));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
