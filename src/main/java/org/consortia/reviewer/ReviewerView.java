package org.consortia.reviewer;

import java.time.OffsetDateTime;

public record ReviewerView(String username, OffsetDateTime assignedAt) {

    static ReviewerView of(ReviewerAssignment assignment) {
        return new ReviewerView(assignment.username, assignment.assignedAt);
    }
}
