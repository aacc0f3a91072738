package org.consortia.plandocument;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.LargeBody;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;
import org.consortia.security.PlanManagersOnly;

/** A whole project plan in and out, as JSON or YAML. */
@Path("/api/projects")
public class PlanResource {

    private final PlanImporter importer;
    private final PlanExporter exporter;
    private final ProjectService projects;
    private final AccessPolicy access;

    PlanResource(PlanImporter importer, PlanExporter exporter, ProjectService projects, AccessPolicy access) {
        this.importer = importer;
        this.exporter = exporter;
        this.projects = projects;
        this.access = access;
    }

    /**
     * Creates the project of the document (201, administrators), or updates it to match the document
     * (200, administrators and the project's coordinator).
     */
    @POST
    @Path("import")
    @LargeBody(LargeBody.Kind.PLAN)
    @PlanManagersOnly
    @Consumes({MediaType.APPLICATION_JSON, PlanYaml.MEDIA_TYPE, "application/x-yaml", "text/yaml"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importPlan(@Valid @NotNull PlanDocument plan, UriInfo uri) {
        boolean admin = access.user().isPlatformAdmin();
        String acronym = plan.project().acronym();
        if (!admin
                && !(projects.exists(acronym)
                        && access.standing(projects.find(acronym)).managesPlan())) {
            throw new ForbiddenProblem(
                    "Only a platform administrator, or the coordinator of an existing project," + " may import a plan");
        }
        ImportResult result = importer.importPlan(plan, admin);
        if (!result.created()) {
            return Response.ok(result).build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/projects")
                        .path(result.project())
                        .build())
                .entity(result)
                .build();
    }

    @GET
    @Path("{acronym}/export")
    @Produces({MediaType.APPLICATION_JSON, PlanYaml.MEDIA_TYPE})
    public PlanDocument export(@PathParam("acronym") String acronym) {
        if (access.standing(access.visible(projects.find(acronym))).isReviewer()) {
            return exporter.exportForFunder(acronym);
        }
        return exporter.export(acronym);
    }
}
