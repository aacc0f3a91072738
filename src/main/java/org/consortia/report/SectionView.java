package org.consortia.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/** A written section as it reads, with who last edited it and whether its writer marked it ready. */
public record SectionView(
        String key,
        SectionKind kind,
        String subject,
        String heading,
        String progress,
        String achievements,
        String deviations,
        String correctiveActions,
        boolean ready,
        String editedBy,
        OffsetDateTime editedAt,
        long version) {

    static SectionView of(ReportSection s) {
        return new SectionView(
                s.key,
                s.kind,
                s.subject,
                s.heading,
                s.progress,
                s.achievements,
                s.deviations,
                s.correctiveActions,
                s.ready,
                s.editedByName != null ? s.editedByName : s.editedBy,
                s.editedAt,
                s.version);
    }

    @JsonIgnore
    public boolean isWorkPackage() {
        return kind == SectionKind.WORK_PACKAGE;
    }
}
