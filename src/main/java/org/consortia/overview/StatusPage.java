package org.consortia.overview;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consortia.common.CachesConfig;
import org.consortia.common.RevisionCache;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.FunderStatus;
import org.consortia.deliverable.ShownStatus;
import org.consortia.project.Project;
import org.consortia.project.ProjectRevision;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.report.PeriodReport;
import org.consortia.report.ReportService;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;
import org.consortia.web.Language;

/**
 * {@code /projects/{acronym}}: where the project stands, what is late, what comes next, who does what.
 * The content is rendered once per project revision, day, level, filter and language, and reused
 * until the project changes: a page of a few hundred deliverables costs tens of milliseconds to render.
 */
@Path("/projects/{acronym}")
public class StatusPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(ProjectView project, String content);

        static native TemplateInstance content(
                ProjectView project,
                Standing standing,
                ProjectStatusView view,
                StatusFilter filter,
                List<? extends ShownStatus> statuses,
                List<DeliverableKind> kinds,
                List<PeriodReport> reports);
    }

    /** Everything the content depends on; the visitor's own (name, notices) stays in the page around it. */
    private record ContentKey(
            ProjectRevision project, LocalDate today, Standing.Level level, String filter, Locale language) {}

    private final ProjectService projects;
    private final ProjectOverview overview;
    private final ReportService reports;
    private final AccessPolicy access;
    private final Language language;
    private final RevisionCache<ContentKey, String> contents;

    StatusPage(
            ProjectService projects,
            ProjectOverview overview,
            ReportService reports,
            AccessPolicy access,
            Language language,
            CachesConfig caches,
            MeterRegistry registry) {
        this.projects = projects;
        this.overview = overview;
        this.reports = reports;
        this.access = access;
        this.language = language;
        this.contents = new RevisionCache<>("status-pages", caches.pages().asLongValue(), String::length, registry);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance status(@PathParam("acronym") String acronym, @BeanParam StatusFilter filter) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        ProjectView view = ProjectView.of(project);
        ContentKey key = new ContentKey(
                project.currentRevision(), overview.today(), standing.level(), filter.key(), language.locale());
        String content = contents.get(
                key,
                () -> Templates.content(
                                view,
                                standing,
                                overview.status(project, standing.isReviewer(), filter),
                                filter,
                                standing.isReviewer()
                                        ? List.of(FunderStatus.values())
                                        : List.of(DeliverableStatus.values()),
                                List.of(DeliverableKind.values()),
                                reports.periodReports(project, standing))
                        .render());
        return Templates.status(view, content);
    }
}
