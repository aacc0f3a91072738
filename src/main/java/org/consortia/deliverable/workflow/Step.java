package org.consortia.deliverable.workflow;

import static org.consortia.deliverable.DeliverableStatus.ACCEPTED;
import static org.consortia.deliverable.DeliverableStatus.APPROVED;
import static org.consortia.deliverable.DeliverableStatus.CHANGES_REQUESTED;
import static org.consortia.deliverable.DeliverableStatus.IN_INTERNAL_REVIEW;
import static org.consortia.deliverable.DeliverableStatus.IN_PROGRESS;
import static org.consortia.deliverable.DeliverableStatus.PLANNED;
import static org.consortia.deliverable.DeliverableStatus.REVISION_REQUESTED;
import static org.consortia.deliverable.DeliverableStatus.SUBMITTED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.deliverable.DeliverableStatus;

/** One move of the deliverable workflow (docs/workflow in docs/api.md): from, to, who, and whether a comment is owed. */
record Step(DeliverableStatus from, DeliverableStatus to, Set<Actor> by, boolean commentRequired) {

    static final List<Step> ALL = List.of(
            new Step(PLANNED, IN_PROGRESS, EnumSet.of(Actor.LEAD, Actor.COORDINATOR), false),
            new Step(IN_PROGRESS, IN_INTERNAL_REVIEW, EnumSet.of(Actor.LEAD), false),
            new Step(IN_INTERNAL_REVIEW, CHANGES_REQUESTED, EnumSet.of(Actor.COORDINATOR), true),
            new Step(CHANGES_REQUESTED, IN_INTERNAL_REVIEW, EnumSet.of(Actor.LEAD), false),
            new Step(IN_INTERNAL_REVIEW, APPROVED, EnumSet.of(Actor.COORDINATOR), false),
            new Step(APPROVED, SUBMITTED, EnumSet.of(Actor.COORDINATOR), false),
            new Step(SUBMITTED, ACCEPTED, EnumSet.of(Actor.REVIEWER), false),
            new Step(SUBMITTED, REVISION_REQUESTED, EnumSet.of(Actor.REVIEWER), true),
            new Step(REVISION_REQUESTED, IN_PROGRESS, EnumSet.of(Actor.LEAD, Actor.COORDINATOR), false));

    /** The actors in the enum's order, so that a refusal names them always alike; not to be changed. */
    Step {
        by = Collections.unmodifiableSet(EnumSet.copyOf(by));
    }

    static Optional<Step> between(DeliverableStatus from, DeliverableStatus to) {
        return ALL.stream().filter(step -> step.from == from && step.to == to).findFirst();
    }

    static List<DeliverableStatus> from(DeliverableStatus status) {
        return ALL.stream().filter(step -> step.from == status).map(Step::to).toList();
    }
}
