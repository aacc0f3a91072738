package org.consortia.deliverable.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortia.activity.ActivityLog;
import org.consortia.common.ConflictProblem;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.DeliverableView;
import org.consortia.deliverable.FunderProjection;
import org.consortia.deliverable.Visibility;
import org.consortia.deliverable.comment.CommentInput;
import org.consortia.deliverable.comment.CommentService;
import org.consortia.deliverable.file.FileService;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.project.Project;
import org.consortia.security.CurrentUser;
import org.consortia.security.Standing;

/** Moves deliverables through the workflow, checking each step's actor and conditions. */
@ApplicationScoped
public class WorkflowService {

    private final DeliverableService deliverables;
    private final FileService files;
    private final CommentService comments;
    private final ActivityLog activity;
    private final Event<DeliverableMoved> moved;
    private final Clock clock;

    WorkflowService(
            DeliverableService deliverables,
            FileService files,
            CommentService comments,
            ActivityLog activity,
            Event<DeliverableMoved> moved,
            Clock clock) {
        this.deliverables = deliverables;
        this.files = files;
        this.comments = comments;
        this.activity = activity;
        this.moved = moved;
        this.clock = clock;
    }

    @Transactional
    public DeliverableView move(
            Project project, String code, Standing standing, CurrentUser user, TransitionInput input) {
        boolean reviewer = standing.isReviewer();
        Deliverable deliverable = deliverables.findLocked(project, code);
        DeliverableService.requireInPlan(deliverable);
        DeliverableStatus from = deliverable.status;
        String comment = input.comment() == null || input.comment().isBlank()
                ? null
                : input.comment().strip();
        requireStep(standing, project.acceptanceAuthority, deliverable.lead.code(), code, from, input.to(), comment);
        if (input.to() == DeliverableStatus.IN_INTERNAL_REVIEW
                && from == DeliverableStatus.IN_PROGRESS
                && !files.hasActiveVersion(deliverable)) {
            throw new ConflictProblem("to", "upload a version of " + code + " before asking for its review");
        }
        Map<String, Object> before = Map.of("status", from);
        switch (input.to()) {
            case SUBMITTED -> submit(deliverable, input);
            case ACCEPTED -> deliverable.acceptedAt = OffsetDateTime.now(clock);
            default -> {}
        }
        deliverable.status = input.to();
        if (comment != null) {
            comments.add(
                    project,
                    code,
                    reviewer,
                    user,
                    new CommentInput(comment, reviewer ? Visibility.FUNDER : Visibility.CONSORTIUM));
        }
        DeliverableView after = deliverables.get(project, code, false);
        activity.record(
                project,
                FunderProjection.change(code, from, input.to()),
                "MOVED",
                before,
                Map.of("status", input.to(), "workflow", after.workflow()));
        moved.fire(new DeliverableMoved(
                project,
                code,
                deliverable.title,
                deliverable.lead.code(),
                from,
                input.to(),
                user.username(),
                user.name(),
                comment));
        return after;
    }

    /**
     * Refuses a move of {@code code}, led by {@code lead}, that the workflow has no step for (409), whose
     * step is for others than the caller (403), or whose step owes a comment not given (400). The funder's steps
     * (accept, ask for a revision) are the {@code authority}'s: the funder's reviewer, the coordinator acting as the
     * funder, or nobody (409: a submitted deliverable is delivered).
     */
    static void requireStep(
            Standing standing,
            AcceptanceAuthority authority,
            String lead,
            String code,
            DeliverableStatus from,
            DeliverableStatus to,
            String comment) {
        if (standing.isReviewer() && from != DeliverableStatus.SUBMITTED) {
            // The funder's side is never told an internal status (FunderProjection).
            throw new ConflictProblem("to", code + " is not awaiting the funder's decision");
        }
        if (authority == AcceptanceAuthority.NONE && from == DeliverableStatus.SUBMITTED) {
            throw new ConflictProblem(
                    "to", code + " is delivered once submitted: nobody accepts the deliverables of this project");
        }
        Step step = Step.between(from, to)
                .orElseThrow(() -> new ConflictProblem(
                        "to", code + " is " + from + "; from there it may move to " + Step.from(from)));
        if (step.by().stream().noneMatch(actors(standing, authority, lead)::contains)) {
            throw new ForbiddenProblem("Moving " + code + " from " + from + " to " + to + " is for the "
                    + step.by().stream().map(a -> a.name().toLowerCase()).toList());
        }
        if (step.commentRequired() && comment == null) {
            throw new InvalidDataProblem("comment", "say what should change");
        }
    }

    /** The moves the caller may make from where the deliverable stands: what a page offers as buttons. */
    public List<Move> movesFor(Standing standing, AcceptanceAuthority authority, DeliverableView deliverable) {
        Set<Actor> actor = actors(standing, authority, deliverable.lead());
        return Step.ALL.stream()
                .filter(step -> step.from() == deliverable.status()
                        && step.by().stream().anyMatch(actor::contains))
                .map(step -> new Move(step.to(), step.commentRequired()))
                .toList();
    }

    /**
     * What the caller is for this deliverable: the one who accepts it for the funder ({@code authority}), or its
     * coordinator and/or lead partner.
     */
    private static Set<Actor> actors(Standing standing, AcceptanceAuthority authority, String lead) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (standing.accepts(authority)) {
            actors.add(Actor.REVIEWER);
        }
        if (standing.isReviewer()) {
            return actors;
        }
        if (standing.managesPlan()) {
            actors.add(Actor.COORDINATOR);
        }
        if (standing.speaksFor(lead)) {
            actors.add(Actor.LEAD);
        }
        return actors;
    }

    private void submit(Deliverable deliverable, TransitionInput input) {
        if (input.version() == null) {
            throw new InvalidDataProblem("version", "pick the uploaded version to submit");
        }
        files.activeVersion(deliverable, input.version());
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean late = deliverable.wouldBeLate(now);
        String justification =
                input.delayJustification() == null || input.delayJustification().isBlank()
                        ? null
                        : input.delayJustification().strip();
        if (late && justification == null) {
            throw new InvalidDataProblem(
                    "delayJustification",
                    deliverable.code + " was due on " + deliverable.dueDate + "; say why it is submitted late");
        }
        deliverable.submittedAt = now;
        deliverable.submittedVersion = input.version();
        deliverable.delayJustification = late ? justification : null;
        deliverable.acceptedAt = null;
    }
}
