package org.consortia.overview;

import java.time.OffsetDateTime;
import java.util.List;

/** What a public project shows anyone: its summary, its partners, its accepted public deliverables. */
public record PublicView(List<PartnerRow> partners, List<Result> results) {

    /** An accepted deliverable with dissemination level PU, and its accepted file. */
    public record Result(
            String code, String title, String lead, OffsetDateTime acceptedAt, String fileName, boolean downloadable) {}
}
