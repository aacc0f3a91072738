package org.consortia.overview;

import java.time.LocalDate;

/** Something owed by a date: a deliverable or a milestone, with who answers for it. */
public record Deadline(Kind kind, String code, String title, LocalDate dueDate, String responsible, boolean overdue) {

    public enum Kind {
        DELIVERABLE, MILESTONE
    }

    public boolean isDeliverable() {
        return kind == Kind.DELIVERABLE;
    }
}
