package org.consortia.workflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.EnumSet;
import java.util.Set;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableView;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;

/** {@code POST …/deliverables/{code}/transitions}: the one way a deliverable's status moves. */
@Path("/api/projects/{acronym}/deliverables/{code}/transitions")
public class WorkflowResource {

    private final ProjectService projects;
    private final DeliverableService deliverables;
    private final WorkflowService workflow;
    private final AccessPolicy access;

    WorkflowResource(ProjectService projects, DeliverableService deliverables, WorkflowService workflow,
            AccessPolicy access) {
        this.projects = projects;
        this.deliverables = deliverables;
        this.workflow = workflow;
        this.access = access;
    }

    @POST
    public DeliverableView move(@PathParam("acronym") String acronym, @PathParam("code") String code,
            @Valid @NotNull TransitionInput input) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        Set<Actor> actor = EnumSet.noneOf(Actor.class);
        if (standing.isReviewer()) {
            actor.add(Actor.REVIEWER);
        } else {
            if (standing.managesPlan()) {
                actor.add(Actor.COORDINATOR);
            }
            if (standing.speaksFor(deliverables.findVisible(project, code, false).lead.code())) {
                actor.add(Actor.LEAD);
            }
        }
        return workflow.move(project, code, actor, access.user(), input);
    }
}
