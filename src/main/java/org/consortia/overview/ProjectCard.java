package org.consortia.overview;

import java.time.LocalDate;
import org.consortia.security.Standing;

/** A project on the home page: where it stands in time and in work, and what comes next. */
public record ProjectCard(
        String acronym,
        String title,
        Standing.Level standing,
        boolean euGrant,
        int month,
        int durationMonths,
        int accepted,
        int total,
        int overdue,
        LocalDate nextDeadline) {

    /** Before the start: month 0; after the end: the last month. */
    public boolean started() {
        return month > 0;
    }
}
