package org.consortia.activity;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/** The project's audit trail, newest first: read-only through the API. */
@Path("/api/projects/{acronym}")
public class ActivityResource {

    private final ProjectService projects;
    private final ActivityLog log;
    private final AccessPolicy access;

    ActivityResource(ProjectService projects, ActivityLog log, AccessPolicy access) {
        this.projects = projects;
        this.log = log;
        this.access = access;
    }

    @GET
    @Path("activity")
    public Page<ActivityView> activity(
            @PathParam("acronym") String acronym,
            @BeanParam ActivityFilter filter,
            @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        return log.page(project, filter, access.standing(project).isReviewer(), page);
    }
}
