package org.consortia.amendment;

/** What an amendment changes: a deliverable's or a milestone's date, or the budget. */
public enum AmendedItem {
    DELIVERABLE,
    MILESTONE,
    BUDGET
}
