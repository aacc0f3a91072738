package org.consortia.overview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.report.PeriodReport;
import org.consortia.report.ReportService;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;

/** {@code /projects/{acronym}}: where the project stands, what is late, what comes next, who does what. */
@Path("/projects/{acronym}")
public class StatusPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(ProjectView project, Standing standing, ProjectStatusView view,
                StatusFilter filter, List<DeliverableStatus> statuses, List<DeliverableKind> kinds,
                List<PeriodReport> reports);
    }

    private final ProjectService projects;
    private final ProjectOverview overview;
    private final ReportService reports;
    private final AccessPolicy access;

    StatusPage(ProjectService projects, ProjectOverview overview, ReportService reports, AccessPolicy access) {
        this.projects = projects;
        this.overview = overview;
        this.reports = reports;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance status(@PathParam("acronym") String acronym, @BeanParam StatusFilter filter) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        return Templates.status(ProjectView.of(project), standing, overview.status(project, standing.isReviewer(), filter),
                filter, List.of(DeliverableStatus.values()), List.of(DeliverableKind.values()),
                reports.periodReports(project, standing));
    }
}
