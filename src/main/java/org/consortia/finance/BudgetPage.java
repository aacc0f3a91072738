package org.consortia.finance;

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

/**
 * {@code /projects/{acronym}/budget}: the grant's budget and effort table, for the consortium (the 404 page for the
 * funder's reviewers and strangers), each partner reading as far as the API lets it ({@link BudgetService#get}).
 */
@Path("/projects/{acronym}/budget")
public class BudgetPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance budget(ProjectView project, BudgetView budget);
    }

    private final ProjectService projects;
    private final BudgetService budgets;
    private final AccessPolicy access;

    BudgetPage(ProjectService projects, BudgetService budgets, AccessPolicy access) {
        this.projects = projects;
        this.budgets = budgets;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("acronym") String acronym) {
        Project project = access.internal(projects.find(acronym));
        return Templates.budget(ProjectView.of(project), budgets.get(project, access.standing(project)));
    }
}
