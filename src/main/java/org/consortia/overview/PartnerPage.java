package org.consortia.overview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;

/** {@code /projects/{acronym}/partners/{code}}: one partner's commitments and progress. */
@Path("/projects/{acronym}/partners/{code}")
public class PartnerPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partner(ProjectView project, PartnerCommitments partner);
    }

    private final ProjectService projects;
    private final ProjectOverview overview;
    private final AccessPolicy access;

    PartnerPage(ProjectService projects, ProjectOverview overview, AccessPolicy access) {
        this.projects = projects;
        this.overview = overview;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        return Templates.partner(
                ProjectView.of(project),
                overview.partner(project, code, access.standing(project).isReviewer()));
    }
}
