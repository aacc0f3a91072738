package org.consortia.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * The same downloads as {@link ExportResource} for the pages, whose visitors sign in with a session
 * rather than a bearer token (the API takes only tokens): {@code /projects/{acronym}/exports/deliverables.csv}
 * and the like, linked from the status page. Same rules, same files; errors are pages.
 */
@Path("/projects/{acronym}/exports")
public class ExportPage {

    private final ProjectService projects;
    private final ExportDownloads downloads;
    private final AccessPolicy access;

    ExportPage(ProjectService projects, ExportDownloads downloads, AccessPolicy access) {
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
