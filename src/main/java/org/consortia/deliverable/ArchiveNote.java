package org.consortia.deliverable;

import java.time.OffsetDateTime;

/** When a deliverable left the plan, and why. */
public record ArchiveNote(OffsetDateTime at, String reason) {

    static ArchiveNote of(Deliverable deliverable) {
        return deliverable.archivedAt == null
                ? null
                : new ArchiveNote(deliverable.archivedAt, deliverable.archiveReason);
    }
}
