package org.consortia.deadline;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.QueryDates;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/** {@code GET /api/projects/{acronym}/deadlines?from=&to=}: the project's dated obligations in due order. */
@Path("/api/projects/{acronym}/deadlines")
public class DeadlineResource {

    private final ProjectService projects;
    private final DeadlineService deadlines;
    private final AccessPolicy access;

    DeadlineResource(ProjectService projects, DeadlineService deadlines, AccessPolicy access) {
        this.projects = projects;
        this.deadlines = deadlines;
        this.access = access;
    }

    /** {@code from} and {@code to} are dates, inclusive, both optional. */
    @GET
    public Page<Deadline> list(
            @PathParam("acronym") String acronym,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        LocalDate start = QueryDates.optional("from", from);
        LocalDate end = QueryDates.optional("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidDataProblem("to", "must not be before from (" + start + ")");
        }
        return page.slice(deadlines.of(project, access.standing(project).isReviewer(), start, end));
    }
}
