package org.consortia.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * {@code GET /api/projects/{acronym}/exports/deliverables.csv} (or {@code .xlsx}) and
 * {@code …/exports/events.csv|.xlsx}: the lists as files, for whoever may read the deliverables. Under
 * {@code exports/} rather than {@code deliverables/}, where {@code export} could be a deliverable's code.
 */
@Path("/api/projects/{acronym}/exports")
public class ExportResource {

    private final ProjectService projects;
    private final ExportDownloads downloads;
    private final AccessPolicy access;

    ExportResource(ProjectService projects, ExportDownloads downloads, AccessPolicy access) {
        this.projects = projects;
        this.downloads = downloads;
        this.access = access;
    }

    @GET
    @Path("deliverables.{format}")
    public Response deliverables(@PathParam("acronym") String acronym, @PathParam("format") String format) {
        Project project = access.visible(projects.find(acronym));
        return downloads.deliverables(project, access.standing(project), format);
    }

    @GET
    @Path("events.{format}")
    public Response events(@PathParam("acronym") String acronym, @PathParam("format") String format) {
        Project project = access.visible(projects.find(acronym));
        return downloads.events(project, access.standing(project), format);
    }
}
