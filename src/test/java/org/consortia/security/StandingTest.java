package org.consortia.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.consortia.project.AcceptanceAuthority;
import org.consortia.security.Standing.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each level may do, written out: the standings {@link Standings} gives (a reviewer, a stranger and
 * the administrator speak for no organisation). D4.1 is led by NEXEM, ELISFA contributes; METZ's has no
 * contributor.
 */
class StandingTest {

    private static final String LEAD = "NEXEM";
    private static final List<String> CONTRIBUTORS = List.of("ELISFA");

    @ParameterizedTest(
            name = "{0} of {1}: manages the plan {2}, reviewer {3}, speaks for NEXEM {4},"
                    + " uploads to D4.1 {5}, to a deliverable NEXEM contributes to {6}, to another's {7}")
    @CsvSource(textBlock = """
            NONE,        '',     false, false, false, false, false, false
            REVIEWER,    '',     false, true,  false, false, false, false
            REVIEWER,    NEXEM,  false, true,  true,  false, false, false
            PARTNER,     NEXEM,  false, false, true,  true,  true,  false
            PARTNER,     ELISFA, false, false, false, true,  false, false
            PARTNER,     WRZOS,  false, false, false, false, false, false
            COORDINATOR, UNIPSO, true,  false, false, true,  true,  true
            COORDINATOR, NEXEM,  true,  false, true,  true,  true,  true
            ADMIN,       '',     true,  false, false, true,  true,  true
            """)
    void eachLevelHasItsAbilities(
            Level level,
            String organisation,
            boolean managesPlan,
            boolean isReviewer,
            boolean speaksForTheLead,
            boolean uploadsToTheDeliverable,
            boolean uploadsWhereNexemContributes,
            boolean uploadsToAnothersDeliverable) {
        Standing standing = new Standing(level, organisation.isEmpty() ? Set.of() : Set.of(organisation));
        assertEquals(managesPlan, standing.managesPlan(), "manages the plan");
        assertEquals(isReviewer, standing.isReviewer(), "is a reviewer");
        assertEquals(speaksForTheLead, standing.speaksFor(LEAD), "speaks for NEXEM");
        assertEquals(uploadsToTheDeliverable, standing.mayUpload(LEAD, CONTRIBUTORS), "uploads to D4.1");
        assertEquals(
                uploadsWhereNexemContributes,
                standing.mayUpload("UNIPSO", List.of("NEXEM")),
                "uploads to a deliverable UNIPSO leads and NEXEM contributes to");
        assertEquals(uploadsToAnothersDeliverable, standing.mayUpload("METZ", List.of()), "uploads to METZ's");
    }

    @ParameterizedTest(name = "{0} accepts where the funder's reviewer does {1}, the coordinator {2}, nobody {3}")
    @CsvSource(textBlock = """
            NONE,        false, false, false
            REVIEWER,    true,  false, false
            PARTNER,     false, false, false
            COORDINATOR, false, true,  false
            ADMIN,       false, true,  false
            """)
    void whoAcceptsForTheFunderIsTheProjectsAuthority(
            Level level, boolean whereTheReviewerDoes, boolean whereTheCoordinatorDoes, boolean whereNobodyDoes) {
        Standing standing = new Standing(level, Set.of());
        assertEquals(whereTheReviewerDoes, standing.accepts(AcceptanceAuthority.FUNDER_REVIEWER));
        assertEquals(whereTheCoordinatorDoes, standing.accepts(AcceptanceAuthority.COORDINATOR));
        assertEquals(whereNobodyDoes, standing.accepts(AcceptanceAuthority.NONE));
    }

    @ParameterizedTest(name = "{0} of {1} records the event NEXEM leads and FONSS and WRZOS host: {2}")
    @CsvSource(textBlock = """
            NONE,        '',     false
            REVIEWER,    '',     false
            REVIEWER,    WRZOS,  false
            PARTNER,     NEXEM,  true
            PARTNER,     WRZOS,  true
            PARTNER,     ELISFA, false
            COORDINATOR, UNIPSO, true
            ADMIN,       '',     true
            """)
    void theLeadTheHostAndTheCoordinatorRecordHowAnEventWent(Level level, String organisation, boolean records) {
        Standing standing = new Standing(level, organisation.isEmpty() ? Set.of() : Set.of(organisation));
        assertEquals(records, standing.mayRecordEvent(LEAD, List.of("FONSS", "WRZOS")));
        assertEquals(records && !organisation.equals("WRZOS"), standing.mayRecordEvent(LEAD, List.of()));
    }
}
