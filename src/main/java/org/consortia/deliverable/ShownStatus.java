package org.consortia.deliverable;

/**
 * Where a deliverable stands, as the reader is told: the consortium's own status ({@link DeliverableStatus}) for its
 * members, the funder's words ({@link FunderStatus}) for the funder's side.
 */
public interface ShownStatus {

    /** The value's name, as query parameters and style classes use it. */
    String name();

    /** Whether the funder has it: no longer overdue whatever the date. */
    boolean delivered();

    /** Its name in the language of {@code messages}. */
    String nameIn(DeliverableMessages messages);
}
