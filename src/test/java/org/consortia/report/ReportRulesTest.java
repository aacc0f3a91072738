package org.consortia.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.consortia.security.Standing;
import org.consortia.security.Standing.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may read, write and comment on a periodic report, written out. Level NONE is left out: the project
 * answers 404 to a stranger before any report rule is asked. WP4 is led by NEXEM, WP5 by ELISFA; WP9 has
 * left the plan since the report opened, so its section has no lead.
 */
class ReportRulesTest {

    @ParameterizedTest(
            name = "{0} of {1} reads a draft {2}, a submitted revision {3}, an accepted one {4},"
                    + " one sent back {5}; comments {6}")
    @CsvSource(textBlock = """
            REVIEWER,    '',     false, true, true, true, true
            PARTNER,     NEXEM,  true,  true, true, true, false
            COORDINATOR, UNIPSO, true,  true, true, true, true
            ADMIN,       '',     true,  true, true, true, true
            """)
    void theFundersReviewersReadNoDraftAndOnlyPartnersDoNotComment(
            Level level,
            String organisation,
            boolean readsADraft,
            boolean readsASubmittedRevision,
            boolean readsAnAcceptedRevision,
            boolean readsARevisionSentBack,
            boolean comments) {
        Standing standing = standing(level, organisation);
        assertEquals(readsADraft, ReportRules.mayRead(standing, report(ReportStatus.DRAFT)), "draft");
        assertEquals(
                readsASubmittedRevision, ReportRules.mayRead(standing, report(ReportStatus.SUBMITTED)), "submitted");
        assertEquals(readsAnAcceptedRevision, ReportRules.mayRead(standing, report(ReportStatus.ACCEPTED)), "accepted");
        assertEquals(
                readsARevisionSentBack,
                ReportRules.mayRead(standing, report(ReportStatus.CHANGES_REQUESTED)),
                "sent back");
        assertEquals(comments, ReportRules.mayComment(standing), "comments");
    }

    @ParameterizedTest(
            name = "{0} of {1} writes the summary {2}, WP4 {3}, WP5 {4}, the removed WP9 {5},"
                    + " NEXEM's part {6}, ELISFA's part {7}")
    @CsvSource(textBlock = """
            PARTNER,     NEXEM,  false, true,  false, false, true,  false
            PARTNER,     ELISFA, false, false, true,  false, false, true
            COORDINATOR, UNIPSO, true,  true,  true,  true,  true,  true
            ADMIN,       '',     true,  true,  true,  true,  true,  true
            REVIEWER,    '',     false, false, false, false, false, false
            """)
    void theCoordinatorWritesEverySectionAndAPartnerWhatItLeadsAndItsOwn(
            Level level,
            String organisation,
            boolean summary,
            boolean workPackageNexemLeads,
            boolean workPackageElisfaLeads,
            boolean workPackageWithoutLead,
            boolean nexemsPart,
            boolean elisfasPart) {
        Standing standing = standing(level, organisation);
        assertEquals(summary, ReportRules.mayWrite(standing, section(SectionKind.SUMMARY, null), null), "summary");
        assertEquals(
                workPackageNexemLeads,
                ReportRules.mayWrite(standing, section(SectionKind.WORK_PACKAGE, "WP4"), "NEXEM"),
                "WP4");
        assertEquals(
                workPackageElisfaLeads,
                ReportRules.mayWrite(standing, section(SectionKind.WORK_PACKAGE, "WP5"), "ELISFA"),
                "WP5");
        assertEquals(
                workPackageWithoutLead,
                ReportRules.mayWrite(standing, section(SectionKind.WORK_PACKAGE, "WP9"), null),
                "WP9");
        assertEquals(
                nexemsPart, ReportRules.mayWrite(standing, section(SectionKind.PARTNER, "NEXEM"), null), "NEXEM's");
        assertEquals(
                elisfasPart, ReportRules.mayWrite(standing, section(SectionKind.PARTNER, "ELISFA"), null), "ELISFA's");
    }

    private static Standing standing(Level level, String organisation) {
        return new Standing(level, organisation.isEmpty() ? Set.of() : Set.of(organisation));
    }

    private static Report report(ReportStatus status) {
        Report report = new Report();
        report.status = status;
        return report;
    }

    private static ReportSection section(SectionKind kind, String subject) {
        ReportSection section = new ReportSection();
        section.kind = kind;
        section.subject = subject;
        return section;
    }
}
