package org.consortia.deliverable;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.consortia.security.Standing;

/** What an update of a deliverable may change, and who changes each part (its status moves through the workflow). */
public enum DeliverablePart {
    /** Title, description, work package, partners, type, dissemination level, contractual date, dependencies. */
    PLAN,
    /** When the consortium now expects to deliver it. */
    FORECAST,
    /** The details and attendance of its event. */
    EVENT;

    /**
     * The parts {@code standing} changes of a deliverable led by {@code lead}, its event hosted by {@code hosts}, in a work package led by {@code workPackageLead}: the coordinator everything; the lead partner and
     * the host its event; the lead of its work package its forecast; nothing for anyone else.
     */
    public static Set<DeliverablePart> changeableBy(
            Standing standing, String lead, Collection<String> hosts, String workPackageLead) {
        if (standing.managesPlan()) {
            return EnumSet.allOf(DeliverablePart.class);
        }
        Set<DeliverablePart> parts = EnumSet.noneOf(DeliverablePart.class);
        if (standing.mayRecordEvent(lead, hosts)) {
            parts.add(EVENT);
        }
        if (standing.managesWorkPackage(workPackageLead)) {
            parts.add(FORECAST);
        }
        return parts;
    }
}
