package org.consortia.amendment;

/** What kind of plan item an amendment re-dates. */
public enum AmendedItem {
    DELIVERABLE,
    MILESTONE
}
