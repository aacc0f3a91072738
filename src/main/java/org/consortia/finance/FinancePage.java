package org.consortia.finance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.consortia.export.ExportDownloads;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.web.LocalisedMessages;

/**
 * {@code /projects/{acronym}/finances}: the finance page for the consortium (the 404 page for the funder's reviewers
 * and strangers), each partner reading as far as the budget lets it; {@code …/finances/table.xlsx} (or {@code .csv}):
 * its table, in the Portal's layout.
 */
@Path("/projects/{acronym}/finances")
public class FinancePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance finances(ProjectView project, FinanceView finances);
    }

    private final ProjectService projects;
    private final FinanceOverview overview;
    private final ExportDownloads downloads;
    private final AccessPolicy access;
    private final LocalisedMessages messages;

    FinancePage(
            ProjectService projects,
            FinanceOverview overview,
            ExportDownloads downloads,
            AccessPolicy access,
            LocalisedMessages messages) {
        this.projects = projects;
        this.overview = overview;
        this.downloads = downloads;
        this.access = access;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("acronym") String acronym) {
        Project project = access.internal(projects.find(acronym));
        return Templates.finances(ProjectView.of(project), overview.get(project, access.standing(project)));
    }

    @GET
    @Path("table.{extension}")
    public Response download(@PathParam("acronym") String acronym, @PathParam("extension") String extension) {
        Project project = access.internal(projects.find(acronym));
        FinanceView view = overview.get(project, access.standing(project));
        return downloads.download(
                project, "finances", extension, FinanceTable.of(view, messages.get(FinanceMessages.class)));
    }
}
