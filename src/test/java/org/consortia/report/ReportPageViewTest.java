package org.consortia.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.project.ProjectView;
import org.consortia.security.Standing;
import org.consortia.security.Standing.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The buttons and forms the report page offers, by where the revision stands and who looks at it. */
class ReportPageViewTest {

    @ParameterizedTest(
            name = "revision 2 {0}, seen by {1}: decide {2}, comment {3}, open a new revision {4}, coordinate {5}")
    @CsvSource(textBlock = """
            DRAFT,             REVIEWER,    false, false, false, false
            DRAFT,             PARTNER,     false, false, false, false
            DRAFT,             COORDINATOR, false, false, false, true
            DRAFT,             ADMIN,       false, false, false, true
            SUBMITTED,         REVIEWER,    true,  true,  false, false
            SUBMITTED,         PARTNER,     false, false, false, false
            SUBMITTED,         COORDINATOR, false, true,  false, true
            SUBMITTED,         ADMIN,       false, true,  false, true
            ACCEPTED,          REVIEWER,    false, true,  false, false
            ACCEPTED,          PARTNER,     false, false, false, false
            ACCEPTED,          COORDINATOR, false, true,  false, true
            ACCEPTED,          ADMIN,       false, true,  false, true
            CHANGES_REQUESTED, REVIEWER,    false, true,  false, false
            CHANGES_REQUESTED, PARTNER,     false, false, false, false
            CHANGES_REQUESTED, COORDINATOR, false, true,  true,  true
            CHANGES_REQUESTED, ADMIN,       false, true,  true,  true
            """)
    void whatTheNewestRevisionOffersToEachCaller(
            ReportStatus status,
            Level level,
            boolean decides,
            boolean comments,
            boolean opensARevision,
            boolean coordinates) {
        ReportPageView page = page(level, report(2, status, List.of()), List.of(revision(2, status)));
        assertEquals(decides, page.mayDecide(), "decides");
        assertEquals(comments, page.mayComment(), "comments");
        assertEquals(opensARevision, page.mayOpenRevision(), "opens a new revision");
        assertEquals(coordinates, page.mayCoordinate(), "coordinates");
    }

    @Test
    void anOlderRevisionSentBackOpensNoNewOne() {
        ReportPageView page = page(
                Level.COORDINATOR,
                report(1, ReportStatus.CHANGES_REQUESTED, List.of()),
                List.of(revision(2, ReportStatus.DRAFT), revision(1, ReportStatus.CHANGES_REQUESTED)));
        assertFalse(page.mayOpenRevision());
    }

    @Test
    void beforeTheReportIsOpenedThePageOffersNothingButToCoordinate() {
        ReportPageView coordinator = page(Level.COORDINATOR, null, List.of());
        assertFalse(coordinator.isDraft());
        assertFalse(coordinator.isSubmitted());
        assertFalse(coordinator.mayComment());
        assertFalse(coordinator.mayOpenRevision());
        assertFalse(coordinator.mayWrite("summary"));
        assertTrue(coordinator.mayCoordinate());
        assertFalse(page(Level.PARTNER, null, List.of()).mayCoordinate());
    }

    @Test
    void aSectionIsWrittenOnlyInADraftThatListsItAsWritable() {
        ReportPageView draft = page(
                Level.PARTNER,
                report(1, ReportStatus.DRAFT, List.of("partner-NEXEM")),
                List.of(revision(1, ReportStatus.DRAFT)));
        assertTrue(draft.mayWrite("partner-NEXEM"));
        assertFalse(draft.mayWrite("summary"));
        ReportPageView submitted = page(
                Level.PARTNER,
                report(1, ReportStatus.SUBMITTED, List.of("partner-NEXEM")),
                List.of(revision(1, ReportStatus.SUBMITTED)));
        assertFalse(submitted.mayWrite("partner-NEXEM"));
    }

    private static ReportPageView page(Level level, ReportView report, List<ReportView.Revision> revisions) {
        Standing standing = new Standing(level, level == Level.PARTNER ? Set.of("NEXEM") : Set.of());
        ProjectView foresee = new ProjectView(
                "FORESEE",
                null,
                "European Commission",
                null,
                null,
                null,
                null,
                36,
                null,
                null,
                false,
                AcceptanceAuthority.FUNDER_REVIEWER,
                true,
                List.of(),
                0);
        return new ReportPageView(foresee, null, standing, report, revisions, null, null, null, null, null);
    }

    private static ReportView report(int revision, ReportStatus status, List<String> writable) {
        ReportDocument document = new ReportDocument(
                "FORESEE", null, null, null, null, 1, 1, 12, null, null, null, revision, List.of(), null, List.of(),
                null);
        return new ReportView(
                document, status, null, null, null, null, null, null, null, null, null, List.of(), writable, List.of(),
                0);
    }

    private static ReportView.Revision revision(int revision, ReportStatus status) {
        return new ReportView.Revision(revision, status, null, null, null, null);
    }
}
