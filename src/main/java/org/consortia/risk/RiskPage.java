package org.consortia.risk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;

/**
 * {@code /projects/{acronym}/risks}: the risk register, for the consortium only (the 404 page for
 * reviewers and strangers), with the way to add and edit risks for the coordinator and to update its
 * risks for the owner's staff ({@link RiskForm}).
 */
@Path("/projects/{acronym}/risks")
public class RiskPage {

    /** A risk of the register, and whether the viewer may change it (all of it, or what is done about it). */
    public record Row(RiskView risk, boolean changeable) {}

    @CheckedTemplate
    static class Templates {
        /** {@code coordinator}: the viewer changes every risk; otherwise {@code anyChangeable}: they own some. */
        static native TemplateInstance register(
                ProjectView project, List<Row> rows, boolean coordinator, boolean anyChangeable);
    }

    private final ProjectService projects;
    private final RiskService risks;
    private final AccessPolicy access;

    RiskPage(ProjectService projects, RiskService risks, AccessPolicy access) {
        this.projects = projects;
        this.risks = risks;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance register(@PathParam("acronym") String acronym) {
        Project project = access.internal(projects.find(acronym));
        Standing standing = access.standing(project);
        List<Row> rows = risks.register(project).stream()
                .map(risk -> new Row(risk, RiskService.mayMitigate(standing, risk)))
                .toList();
        return Templates.register(
                ProjectView.of(project),
                rows,
                standing.managesPlan(),
                rows.stream().anyMatch(Row::changeable));
    }

    /** Where a saved risk form goes back to. */
    static String path(Project project) {
        return "/projects/" + project.acronym + "/risks";
    }
}
