package org.consortia.plan;

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

/** A whole project plan in and out, as JSON or YAML. */
@Path("/api/projects")
public class PlanResource {

    private final PlanImporter importer;
    private final PlanExporter exporter;

    PlanResource(PlanImporter importer, PlanExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /** Creates the project of the document (201), or updates it to match the document (200). */
    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, PlanYaml.MEDIA_TYPE, "application/x-yaml", "text/yaml"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importPlan(@Valid @NotNull PlanDocument plan, UriInfo uri) {
        ImportResult result = importer.importPlan(plan);
        if (!result.created()) {
            return Response.ok(result).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/projects").path(result.project()).build())
                .entity(result).build();
    }

    @GET
    @Path("{acronym}/export")
    @Produces({MediaType.APPLICATION_JSON, PlanYaml.MEDIA_TYPE})
    public PlanDocument export(@PathParam("acronym") String acronym) {
        return exporter.export(acronym);
    }
}
