package org.consortia.project;

import java.time.LocalDate;
import java.util.List;

/** A project as the API shows it. */
public record ProjectView(
        String acronym,
        String title,
        String funder,
        String programme,
        String grantReference,
        LocalDate startDate,
        LocalDate endDate,
        int durationMonths,
        ProjectStatus status,
        String summary,
        boolean publicPage,
        AcceptanceAuthority acceptanceAuthority,
        boolean euGrant,
        List<Integer> reminderOffsets,
        long version) {

    public static ProjectView of(Project p) {
        return new ProjectView(
                p.acronym,
                p.title,
                p.funder,
                p.programme,
                p.grantReference,
                p.startDate,
                p.endDate,
                p.durationMonths(),
                p.status,
                p.summary,
                p.publicPage,
                p.acceptanceAuthority,
                p.euGrant,
                p.reminderDays(),
                p.version);
    }
}
