package org.consortia.deliverable.workflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.consortia.deliverable.DeliverableView;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/** {@code POST …/deliverables/{code}/transitions}: the one way a deliverable's status moves. */
@Path("/api/projects/{acronym}/deliverables/{code}/transitions")
public class WorkflowResource {

    private final ProjectService projects;
    private final WorkflowService workflow;
    private final AccessPolicy access;

    WorkflowResource(ProjectService projects, WorkflowService workflow, AccessPolicy access) {
        this.projects = projects;
        this.workflow = workflow;
        this.access = access;
    }

    @POST
    public DeliverableView move(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @Valid @NotNull TransitionInput input) {
        Project project = access.visible(projects.find(acronym));
        return workflow.move(project, code, access.standing(project), access.user(), input);
    }
}
