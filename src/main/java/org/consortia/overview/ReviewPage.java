package org.consortia.overview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;

/**
 * {@code /projects/{acronym}/review}: the funder's view, for its reviewers and for the consortium that
 * wants to see what the funder sees; laid out to print.
 */
@Path("/projects/{acronym}/review")
public class ReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ProjectView project, ReviewView review, LocalDate today);
    }

    private final ProjectService projects;
    private final ProjectOverview overview;
    private final AccessPolicy access;

    ReviewPage(ProjectService projects, ProjectOverview overview, AccessPolicy access) {
        this.projects = projects;
        this.overview = overview;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("acronym") String acronym) {
        Project project = access.visible(projects.find(acronym));
        return Templates.review(ProjectView.of(project), overview.review(project), overview.today());
    }
}
