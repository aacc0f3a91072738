package org.consortia.deliverable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consortia.security.Standing;
import org.consortia.security.Standing.Level;
import org.junit.jupiter.api.Test;

/** Who changes which part of a deliverable led by NEXEM, hosted by FONSS and WRZOS, in a work package UNIPSO leads. */
class DeliverablePartTest {

    private static Set<DeliverablePart> partsFor(Level level, String... organisations) {
        return DeliverablePart.changeableBy(
                new Standing(level, Set.of(organisations)), "NEXEM", List.of("FONSS", "WRZOS"), "UNIPSO");
    }

    @Test
    void theCoordinatorChangesEverything() {
        assertEquals(
                EnumSet.of(DeliverablePart.PLAN, DeliverablePart.FORECAST, DeliverablePart.EVENT),
                partsFor(Level.COORDINATOR, "UNIPSO"));
        assertEquals(
                EnumSet.of(DeliverablePart.PLAN, DeliverablePart.FORECAST, DeliverablePart.EVENT),
                partsFor(Level.ADMIN));
    }

    @Test
    void theLeadAndTheHostRecordTheEventTheWorkPackageLeadMovesTheForecast() {
        assertEquals(EnumSet.of(DeliverablePart.EVENT), partsFor(Level.PARTNER, "NEXEM"));
        assertEquals(EnumSet.of(DeliverablePart.EVENT), partsFor(Level.PARTNER, "WRZOS"));
        assertEquals(EnumSet.of(DeliverablePart.EVENT), partsFor(Level.PARTNER, "FONSS"));
        assertEquals(EnumSet.of(DeliverablePart.FORECAST), partsFor(Level.PARTNER, "UNIPSO"));
        assertEquals(
                EnumSet.of(DeliverablePart.FORECAST, DeliverablePart.EVENT),
                partsFor(Level.PARTNER, "UNIPSO", "NEXEM"));
    }

    @Test
    void anyoneElseChangesNothing() {
        assertEquals(EnumSet.noneOf(DeliverablePart.class), partsFor(Level.PARTNER, "ELISFA"));
        assertEquals(EnumSet.noneOf(DeliverablePart.class), partsFor(Level.REVIEWER, "UNIPSO"));
    }
}
