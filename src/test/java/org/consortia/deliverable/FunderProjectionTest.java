package org.consortia.deliverable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the funder's side is told of a deliverable, without HTTP. */
class FunderProjectionTest {

    @ParameterizedTest(name = "{0}, submitted before: {1} → {2}")
    @CsvSource(textBlock = """
            PLANNED,            false, NOT_SUBMITTED
            IN_PROGRESS,        false, NOT_SUBMITTED
            IN_INTERNAL_REVIEW, false, NOT_SUBMITTED
            CHANGES_REQUESTED,  false, NOT_SUBMITTED
            APPROVED,           false, NOT_SUBMITTED
            SUBMITTED,          false, SUBMITTED
            ACCEPTED,           false, ACCEPTED
            REVISION_REQUESTED, false, REVISION_REQUESTED
            SUBMITTED,          true,  SUBMITTED
            IN_PROGRESS,        true,  REVISION_REQUESTED
            IN_INTERNAL_REVIEW, true,  REVISION_REQUESTED
            APPROVED,           true,  REVISION_REQUESTED
            """)
    void theFunderIsToldWhereADeliverableStandsInItsOwnWords(
            DeliverableStatus status, boolean submittedBefore, FunderStatus expected) {
        assertEquals(expected, FunderProjection.status(status, submittedBefore));
    }

    @ParameterizedTest(name = "{0} → {1}: the funder reads it {2}")
    @CsvSource(textBlock = """
            ,                   SUBMITTED,          true
            ,                   IN_PROGRESS,        false
            SUBMITTED,          ,                   true
            APPROVED,           ,                   false
            SUBMITTED,          ACCEPTED,           true
            ACCEPTED,           REVISION_REQUESTED, true
            APPROVED,           SUBMITTED,          false
            REVISION_REQUESTED, IN_PROGRESS,        false
            IN_PROGRESS,        IN_INTERNAL_REVIEW, false
            """)
    void theFunderReadsOfAChangeOnlyWhatHappenedWhileTheDeliverableWasWithIt(
            DeliverableStatus before, DeliverableStatus after, boolean visible) {
        assertEquals(visible, FunderProjection.change("D5.4", before, after).visibleToFunder());
    }

    @Test
    void theFunderNeverReadsOfUploads() {
        assertEquals(false, FunderProjection.upload("D5.4").visibleToFunder());
    }

    @Test
    void theFundersViewHasNoInternalStatusAndNothingOfASubmissionNotMade() {
        DeliverableView draft = view(DeliverableStatus.IN_INTERNAL_REVIEW, FunderStatus.NOT_SUBMITTED, null);

        DeliverableView seen = FunderProjection.of(draft);

        assertNull(seen.status());
        assertEquals(FunderStatus.NOT_SUBMITTED, seen.funderStatus());
        assertEquals(FunderStatus.NOT_SUBMITTED, seen.shown());
        assertEquals(WorkflowState.NONE, seen.workflow());
        assertEquals("National event – Greece", seen.title());
        assertEquals(true, seen.overdue());
    }

    @Test
    void aSubmissionKeepsItsDateVersionAndJustification() {
        WorkflowState submitted =
                new WorkflowState(OffsetDateTime.of(2022, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC), 2, true, "Strikes", null);

        DeliverableView seen =
                FunderProjection.of(view(DeliverableStatus.SUBMITTED, FunderStatus.SUBMITTED, submitted));

        assertEquals(submitted, seen.workflow());
        assertEquals(FunderStatus.SUBMITTED, seen.shown());
    }

    @Test
    void theFundersStatusFilterIsAQueryOverTheInternalOnes() {
        assertEquals(
                "(not (d.submittedAt is not null or d.status in (org.consortia.deliverable.DeliverableStatus.SUBMITTED,"
                        + " org.consortia.deliverable.DeliverableStatus.ACCEPTED,"
                        + " org.consortia.deliverable.DeliverableStatus.REVISION_REQUESTED))"
                        + " or d.status in (org.consortia.deliverable.DeliverableStatus.ACCEPTED))",
                FunderProjection.where(List.of(FunderStatus.NOT_SUBMITTED, FunderStatus.ACCEPTED), "d"));
    }

    @Test
    void theFunderReadsOnlyTheCommentsSharedWithIt() {
        assertEquals(Set.of(Visibility.FUNDER), FunderProjection.COMMENTS);
    }

    private static DeliverableView view(DeliverableStatus status, FunderStatus funderStatus, WorkflowState workflow) {
        return new DeliverableView(
                "D5.4",
                "National event – Greece",
                null,
                "WP5",
                "MARGARITA",
                List.of(),
                DeliverableKind.NATIONAL_EVENT,
                DeliverableType.DEC,
                DisseminationLevel.PU,
                20,
                LocalDate.of(2022, 11, 30),
                false,
                LocalDate.of(2023, 1, 31),
                status,
                funderStatus,
                true,
                List.of(),
                null,
                workflow == null ? new WorkflowState(null, null, false, null, null) : workflow,
                null,
                3);
    }
}
