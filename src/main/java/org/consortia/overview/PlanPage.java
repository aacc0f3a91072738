package org.consortia.overview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.consortia.deliverable.DeliverableView;
import org.consortia.milestone.MilestoneView;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.web.HtmlResponse;
import org.consortia.workpackage.WorkPackageView;

/**
 * {@code /projects/{acronym}/plan}: the plan at a glance for the coordinator, with the way to each
 * item's form and to new ones. Partners and reviewers read the plan on the project's pages (403 here).
 */
@Path("/projects/{acronym}/plan")
public class PlanPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(
                ProjectView project,
                List<WorkPackageView> workPackages,
                List<DeliverableView> deliverables,
                List<DeliverableView> archived,
                List<MilestoneView> milestones);
    }

    private final ProjectService projects;
    private final PlanContents contents;
    private final AccessPolicy access;

    PlanPage(ProjectService projects, PlanContents contents, AccessPolicy access) {
        this.projects = projects;
        this.contents = contents;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("acronym") String acronym) {
        Project project = access.managed(projects.find(acronym));
        return HtmlResponse.of(Templates.plan(
                ProjectView.of(project),
                contents.workPackages(project),
                contents.deliverables(project),
                contents.archived(project),
                contents.milestones(project)));
    }
}
