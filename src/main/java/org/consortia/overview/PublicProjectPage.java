package org.consortia.overview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.consortia.common.NotFoundProblem;
import org.consortia.deliverable.file.FileDownloads;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;

/**
 * {@code /public/projects/{acronym}}: a public project's summary, partners and accepted public results,
 * for anyone, signed in or not. A project that is not public does not exist here (404).
 */
@Path("/public/projects/{acronym}")
@PermitAll
public class PublicProjectPage {

    @CheckedTemplate(basePath = "PublicProjectPage")
    static class Templates {
        static native TemplateInstance publicProject(ProjectView project, PublicView view);
    }

    private final ProjectService projects;
    private final ProjectOverview overview;
    private final FileDownloads downloads;

    PublicProjectPage(ProjectService projects, ProjectOverview overview, FileDownloads downloads) {
        this.projects = projects;
        this.overview = overview;
        this.downloads = downloads;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("acronym") String acronym) {
        Project project = publicProject(acronym);
        return Templates.publicProject(ProjectView.of(project), overview.publicView(project));
    }

    @GET
    @Path("deliverables/{code}/file")
    public Response download(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @HeaderParam("Range") String range,
            @Context Request request) {
        return downloads.published(publicProject(acronym), code, range, request);
    }

    /** The project, if it is public; a private one is answered as an absent one. */
    private Project publicProject(String acronym) {
        return projects.lookUp(acronym)
                .filter(project -> project.publicPage)
                .orElseThrow(() -> new NotFoundProblem("Public project", acronym));
    }
}
