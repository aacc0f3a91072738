package org.consortia.project;

/** Who accepts a project's deliverables and periodic reports, or asks for a revision. */
public enum AcceptanceAuthority {
    /** The funder's assigned reviewer: the Commission's project officer of an EU grant, a funder's officer. */
    FUNDER_REVIEWER,
    /** The coordinator, acting as the funder: a project whose coordinator is also its funder (Landes). */
    COORDINATOR,
    /** Nobody: a self-funded partnership, where a submitted deliverable is delivered. */
    NONE
}
