package org.consortia.deliverable.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.common.ConflictProblem;
import org.consortia.common.FieldError;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.DeliverableView;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.security.Standing;
import org.consortia.security.Standing.Level;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deliverable workflow written out by hand (docs/api.md#workflow), never read from {@link Step#ALL}:
 * the moves each caller is offered in each status, who makes each step and whether it owes a comment,
 * and the refusal of every other move. D4.1 is led by NEXEM, ELISFA contributes; UNIPSO coordinates.
 */
class TransitionMatrixTest {

    private static final String CODE = "D4.1";
    private static final String LEAD = "NEXEM";
    private static final List<String> CALLERS =
            List.of("lead", "partner", "coordinator", "leading-coordinator", "admin", "reviewer", "stranger");

    /** Offering moves reads only the caller and the deliverable: no collaborator is needed. */
    private final WorkflowService workflow = new WorkflowService(null, null, null, null, null, null);

    /** The callers, by the name the tables use: "partner" is ELISFA, a contributor but not the lead. */
    private static Standing caller(String name) {
        return switch (name) {
            case "lead" -> new Standing(Level.PARTNER, Set.of("NEXEM"));
            case "partner" -> new Standing(Level.PARTNER, Set.of("ELISFA"));
            case "coordinator" -> new Standing(Level.COORDINATOR, Set.of("UNIPSO"));
            case "leading-coordinator" -> new Standing(Level.COORDINATOR, Set.of("UNIPSO", "NEXEM"));
            case "admin" -> new Standing(Level.ADMIN, Set.of());
            case "reviewer" -> new Standing(Level.REVIEWER, Set.of());
            case "stranger" -> new Standing(Level.NONE, Set.of());
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "in {0} the {1} is offered: {2}")
    @CsvSource(textBlock = """
            PLANNED,            lead,                IN_PROGRESS
            PLANNED,            partner,             ''
            PLANNED,            coordinator,         IN_PROGRESS
            PLANNED,            leading-coordinator, IN_PROGRESS
            PLANNED,            admin,               IN_PROGRESS
            PLANNED,            reviewer,            ''
            PLANNED,            stranger,            ''
            IN_PROGRESS,        lead,                IN_INTERNAL_REVIEW
            IN_PROGRESS,        partner,             ''
            IN_PROGRESS,        coordinator,         ''
            IN_PROGRESS,        leading-coordinator, IN_INTERNAL_REVIEW
            IN_PROGRESS,        admin,               ''
            IN_PROGRESS,        reviewer,            ''
            IN_PROGRESS,        stranger,            ''
            IN_INTERNAL_REVIEW, lead,                ''
            IN_INTERNAL_REVIEW, partner,             ''
            IN_INTERNAL_REVIEW, coordinator,         CHANGES_REQUESTED+comment APPROVED
            IN_INTERNAL_REVIEW, leading-coordinator, CHANGES_REQUESTED+comment APPROVED
            IN_INTERNAL_REVIEW, admin,               CHANGES_REQUESTED+comment APPROVED
            IN_INTERNAL_REVIEW, reviewer,            ''
            IN_INTERNAL_REVIEW, stranger,            ''
            CHANGES_REQUESTED,  lead,                IN_INTERNAL_REVIEW
            CHANGES_REQUESTED,  partner,             ''
            CHANGES_REQUESTED,  coordinator,         ''
            CHANGES_REQUESTED,  leading-coordinator, IN_INTERNAL_REVIEW
            CHANGES_REQUESTED,  admin,               ''
            CHANGES_REQUESTED,  reviewer,            ''
            CHANGES_REQUESTED,  stranger,            ''
            APPROVED,           lead,                ''
            APPROVED,           partner,             ''
            APPROVED,           coordinator,         SUBMITTED+version
            APPROVED,           leading-coordinator, SUBMITTED+version
            APPROVED,           admin,               SUBMITTED+version
            APPROVED,           reviewer,            ''
            APPROVED,           stranger,            ''
            SUBMITTED,          lead,                ''
            SUBMITTED,          partner,             ''
            SUBMITTED,          coordinator,         ''
            SUBMITTED,          leading-coordinator, ''
            SUBMITTED,          admin,               ''
            SUBMITTED,          reviewer,            ACCEPTED REVISION_REQUESTED+comment
            SUBMITTED,          stranger,            ''
            ACCEPTED,           lead,                ''
            ACCEPTED,           partner,             ''
            ACCEPTED,           coordinator,         ''
            ACCEPTED,           leading-coordinator, ''
            ACCEPTED,           admin,               ''
            ACCEPTED,           reviewer,            ''
            ACCEPTED,           stranger,            ''
            REVISION_REQUESTED, lead,                IN_PROGRESS
            REVISION_REQUESTED, partner,             ''
            REVISION_REQUESTED, coordinator,         IN_PROGRESS
            REVISION_REQUESTED, leading-coordinator, IN_PROGRESS
            REVISION_REQUESTED, admin,               IN_PROGRESS
            REVISION_REQUESTED, reviewer,            ''
            REVISION_REQUESTED, stranger,            ''
            """)
    void eachCallerIsOfferedOnlyTheMovesTheWorkflowGivesThem(DeliverableStatus status, String caller, String moves) {
        List<Move> offered =
                workflow.movesFor(caller(caller), AcceptanceAuthority.FUNDER_REVIEWER, deliverable(status));
        assertEquals(moves, offered.stream().map(TransitionMatrixTest::describe).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0} → {1} by the {2}: {3}")
    @CsvSource(textBlock = """
            PLANNED,            IN_PROGRESS,        lead,        moves
            PLANNED,            IN_PROGRESS,        coordinator, moves
            PLANNED,            IN_PROGRESS,        reviewer,    'not awaiting the funder'
            PLANNED,            IN_PROGRESS,        partner,     'is for the [lead, coordinator]'
            IN_PROGRESS,        IN_INTERNAL_REVIEW, lead,        moves
            IN_PROGRESS,        IN_INTERNAL_REVIEW, coordinator, 'is for the [lead]'
            IN_PROGRESS,        IN_INTERNAL_REVIEW, reviewer,    'not awaiting the funder'
            IN_PROGRESS,        IN_INTERNAL_REVIEW, partner,     'is for the [lead]'
            IN_INTERNAL_REVIEW, CHANGES_REQUESTED,  lead,        'is for the [coordinator]'
            IN_INTERNAL_REVIEW, CHANGES_REQUESTED,  coordinator, moves with a comment
            IN_INTERNAL_REVIEW, CHANGES_REQUESTED,  reviewer,    'not awaiting the funder'
            IN_INTERNAL_REVIEW, CHANGES_REQUESTED,  partner,     'is for the [coordinator]'
            CHANGES_REQUESTED,  IN_INTERNAL_REVIEW, lead,        moves
            CHANGES_REQUESTED,  IN_INTERNAL_REVIEW, coordinator, 'is for the [lead]'
            CHANGES_REQUESTED,  IN_INTERNAL_REVIEW, reviewer,    'not awaiting the funder'
            CHANGES_REQUESTED,  IN_INTERNAL_REVIEW, partner,     'is for the [lead]'
            IN_INTERNAL_REVIEW, APPROVED,           lead,        'is for the [coordinator]'
            IN_INTERNAL_REVIEW, APPROVED,           coordinator, moves
            IN_INTERNAL_REVIEW, APPROVED,           reviewer,    'not awaiting the funder'
            IN_INTERNAL_REVIEW, APPROVED,           partner,     'is for the [coordinator]'
            APPROVED,           SUBMITTED,          lead,        'is for the [coordinator]'
            APPROVED,           SUBMITTED,          coordinator, moves
            APPROVED,           SUBMITTED,          reviewer,    'not awaiting the funder'
            APPROVED,           SUBMITTED,          partner,     'is for the [coordinator]'
            SUBMITTED,          ACCEPTED,           lead,        'is for the [reviewer]'
            SUBMITTED,          ACCEPTED,           coordinator, 'is for the [reviewer]'
            SUBMITTED,          ACCEPTED,           reviewer,    moves
            SUBMITTED,          ACCEPTED,           partner,     'is for the [reviewer]'
            SUBMITTED,          REVISION_REQUESTED, lead,        'is for the [reviewer]'
            SUBMITTED,          REVISION_REQUESTED, coordinator, 'is for the [reviewer]'
            SUBMITTED,          REVISION_REQUESTED, reviewer,    moves with a comment
            SUBMITTED,          REVISION_REQUESTED, partner,     'is for the [reviewer]'
            REVISION_REQUESTED, IN_PROGRESS,        lead,        moves
            REVISION_REQUESTED, IN_PROGRESS,        coordinator, moves
            REVISION_REQUESTED, IN_PROGRESS,        reviewer,    'not awaiting the funder'
            REVISION_REQUESTED, IN_PROGRESS,        partner,     'is for the [lead, coordinator]'
            """)
    void eachStepIsForItsActorsAndSomeOweAComment(
            DeliverableStatus from, DeliverableStatus to, String caller, String outcome) {
        Standing standing = caller(caller);
        switch (outcome) {
            case "moves" ->
                assertDoesNotThrow(() -> WorkflowService.requireStep(
                        standing, AcceptanceAuthority.FUNDER_REVIEWER, LEAD, CODE, from, to, null));
            case "moves with a comment" -> {
                InvalidDataProblem refused = assertThrows(
                        InvalidDataProblem.class,
                        () -> WorkflowService.requireStep(
                                standing, AcceptanceAuthority.FUNDER_REVIEWER, LEAD, CODE, from, to, null));
                assertEquals("say what should change", refused.getMessage());
                assertEquals(List.of(new FieldError("comment", "say what should change")), refused.errors());
                assertDoesNotThrow(() -> WorkflowService.requireStep(
                        standing, AcceptanceAuthority.FUNDER_REVIEWER, LEAD, CODE, from, to, "Add the annex"));
            }
            case "not awaiting the funder" -> {
                // The funder's side is never told an internal status: a 409 that names none.
                ConflictProblem refused = assertThrows(
                        ConflictProblem.class,
                        () -> WorkflowService.requireStep(
                                standing, AcceptanceAuthority.FUNDER_REVIEWER, LEAD, CODE, from, to, "Why"));
                assertEquals("D4.1 is not awaiting the funder's decision", refused.getMessage());
            }
            default -> {
                // Refused before the comment is looked at: a 403, not a 400, with or without one.
                ForbiddenProblem refused = assertThrows(
                        ForbiddenProblem.class,
                        () -> WorkflowService.requireStep(
                                standing, AcceptanceAuthority.FUNDER_REVIEWER, LEAD, CODE, from, to, null));
                assertThat(refused.getMessage(), forbidden(from, to, outcome));
                assertEquals(List.of(), refused.errors());
            }
        }
    }

    @ParameterizedTest(name = "from {0} only to {1}: the {2} other moves are conflicts")
    @CsvSource(textBlock = """
            PLANNED,            '[IN_PROGRESS]',                   7
            IN_PROGRESS,        '[IN_INTERNAL_REVIEW]',            7
            IN_INTERNAL_REVIEW, '[CHANGES_REQUESTED, APPROVED]',   6
            CHANGES_REQUESTED,  '[IN_INTERNAL_REVIEW]',            7
            APPROVED,           '[SUBMITTED]',                     7
            SUBMITTED,          '[ACCEPTED, REVISION_REQUESTED]',  6
            ACCEPTED,           '[]',                              8
            REVISION_REQUESTED, '[IN_PROGRESS]',                   7
            """)
    void everyOtherMoveIsAConflictWhoeverAsks(DeliverableStatus from, String onlyTo, int conflicts) {
        Set<String> allowed = Arrays.stream(
                        onlyTo.substring(1, onlyTo.length() - 1).split(", "))
                .collect(Collectors.toSet());
        String message = CODE + " is " + from + "; from there it may move to " + onlyTo;
        int refusedMoves = 0;
        for (DeliverableStatus to : DeliverableStatus.values()) {
            if (allowed.contains(to.name())) {
                continue;
            }
            refusedMoves++;
            for (String caller : CALLERS) {
                String expected = caller.equals("reviewer") && from != DeliverableStatus.SUBMITTED
                        ? "D4.1 is not awaiting the funder's decision"
                        : message;
                ConflictProblem refused = assertThrows(
                        ConflictProblem.class,
                        () -> WorkflowService.requireStep(
                                caller(caller), AcceptanceAuthority.FUNDER_REVIEWER, LEAD, CODE, from, to, "Why"),
                        from + " → " + to + " by the " + caller);
                assertEquals(expected, refused.getMessage());
                assertEquals(List.of(new FieldError("to", expected)), refused.errors());
            }
        }
        assertEquals(conflicts, refusedMoves);
    }

    @Test
    void aDeliverableNeitherStaysWhereItIsNorSkipsAStep() {
        ConflictProblem toItself = assertThrows(
                ConflictProblem.class,
                () -> WorkflowService.requireStep(
                        caller("coordinator"),
                        AcceptanceAuthority.FUNDER_REVIEWER,
                        LEAD,
                        CODE,
                        DeliverableStatus.PLANNED,
                        DeliverableStatus.PLANNED,
                        null));
        assertEquals("D4.1 is PLANNED; from there it may move to [IN_PROGRESS]", toItself.getMessage());
        ConflictProblem skipping = assertThrows(
                ConflictProblem.class,
                () -> WorkflowService.requireStep(
                        caller("coordinator"),
                        AcceptanceAuthority.FUNDER_REVIEWER,
                        LEAD,
                        CODE,
                        DeliverableStatus.PLANNED,
                        DeliverableStatus.SUBMITTED,
                        null));
        assertEquals("D4.1 is PLANNED; from there it may move to [IN_PROGRESS]", skipping.getMessage());
        ConflictProblem fromTheEnd = assertThrows(
                ConflictProblem.class,
                () -> WorkflowService.requireStep(
                        caller("reviewer"),
                        AcceptanceAuthority.FUNDER_REVIEWER,
                        LEAD,
                        CODE,
                        DeliverableStatus.ACCEPTED,
                        DeliverableStatus.SUBMITTED,
                        "Why"));
        assertEquals("D4.1 is not awaiting the funder's decision", fromTheEnd.getMessage());
    }

    @Test
    void whereTheCoordinatorActsAsTheFunderItAcceptsOrAsksForARevision() {
        assertDoesNotThrow(() -> WorkflowService.requireStep(
                caller("coordinator"),
                AcceptanceAuthority.COORDINATOR,
                LEAD,
                CODE,
                DeliverableStatus.SUBMITTED,
                DeliverableStatus.ACCEPTED,
                null));
        assertEquals(
                "SUBMITTED: ACCEPTED REVISION_REQUESTED+comment",
                "SUBMITTED: "
                        + workflow
                                .movesFor(
                                        caller("coordinator"),
                                        AcceptanceAuthority.COORDINATOR,
                                        deliverable(DeliverableStatus.SUBMITTED))
                                .stream()
                                .map(TransitionMatrixTest::describe)
                                .collect(Collectors.joining(" ")));
        for (String other : List.of("reviewer", "lead")) {
            ForbiddenProblem refused = assertThrows(
                    ForbiddenProblem.class,
                    () -> WorkflowService.requireStep(
                            caller(other),
                            AcceptanceAuthority.COORDINATOR,
                            LEAD,
                            CODE,
                            DeliverableStatus.SUBMITTED,
                            DeliverableStatus.ACCEPTED,
                            null),
                    other);
            assertEquals("Moving D4.1 from SUBMITTED to ACCEPTED is for the [reviewer]", refused.getMessage());
        }
    }

    @Test
    void whereNobodyAcceptsASubmittedDeliverableIsDelivered() {
        for (String caller : List.of("coordinator", "admin", "reviewer", "lead")) {
            ConflictProblem refused = assertThrows(
                    ConflictProblem.class,
                    () -> WorkflowService.requireStep(
                            caller(caller),
                            AcceptanceAuthority.NONE,
                            LEAD,
                            CODE,
                            DeliverableStatus.SUBMITTED,
                            DeliverableStatus.ACCEPTED,
                            null),
                    caller);
            assertEquals(
                    "D4.1 is delivered once submitted: nobody accepts the deliverables of this project",
                    refused.getMessage());
        }
        assertEquals(
                List.of(),
                workflow.movesFor(
                        caller("coordinator"), AcceptanceAuthority.NONE, deliverable(DeliverableStatus.SUBMITTED)));
    }

    @Test
    void aPartnerMayNotSubmitADeliverableItDoesNotLead() {
        ForbiddenProblem refused = assertThrows(
                ForbiddenProblem.class,
                () -> WorkflowService.requireStep(
                        caller("partner"),
                        AcceptanceAuthority.FUNDER_REVIEWER,
                        LEAD,
                        CODE,
                        DeliverableStatus.APPROVED,
                        DeliverableStatus.SUBMITTED,
                        null));
        assertEquals("Moving D4.1 from APPROVED to SUBMITTED is for the [coordinator]", refused.getMessage());
    }

    @Test
    void aCoordinatorWhoseOrganisationLeadsTheDeliverableTakesTheLeadsStepsToo() {
        assertDoesNotThrow(() -> WorkflowService.requireStep(
                caller("leading-coordinator"),
                AcceptanceAuthority.FUNDER_REVIEWER,
                LEAD,
                CODE,
                DeliverableStatus.IN_PROGRESS,
                DeliverableStatus.IN_INTERNAL_REVIEW,
                null));
    }

    @Test
    void aMoveNamesItsFormAndOnlySubmittingAsksForAVersion() {
        assertEquals("move-SUBMITTED", new Move(DeliverableStatus.SUBMITTED, false).form());
        assertEquals("move-CHANGES_REQUESTED", new Move(DeliverableStatus.CHANGES_REQUESTED, true).form());
        assertThat(
                Arrays.stream(DeliverableStatus.values())
                        .filter(to -> new Move(to, false).submits())
                        .toList(),
                contains(DeliverableStatus.SUBMITTED));
    }

    /** The refusal's message; a step two actors take names them in the order of the workflow's actors. */
    private static Matcher<String> forbidden(DeliverableStatus from, DeliverableStatus to, String isFor) {
        return equalTo("Moving " + CODE + " from " + from + " to " + to + " " + isFor);
    }

    /** A move as the table writes it: its target, then what it owes (a comment, a version to submit). */
    private static String describe(Move move) {
        return move.to() + (move.commentRequired() ? "+comment" : "") + (move.submits() ? "+version" : "");
    }

    private static DeliverableView deliverable(DeliverableStatus status) {
        return new DeliverableView(
                CODE,
                "Training of trainers",
                null,
                "WP4",
                LEAD,
                List.of("ELISFA"),
                DeliverableKind.TRAINING,
                null,
                null,
                16,
                null,
                false,
                null,
                status,
                null,
                false,
                List.of(),
                null,
                null,
                null,
                0);
    }
}
