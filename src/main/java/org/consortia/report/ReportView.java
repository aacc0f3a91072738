package org.consortia.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A revision of a periodic report as the API returns it: the document, where the revision stands, the
 * sections still missing (a draft's, not marked ready), the sections the caller may write, the
 * reviewers' comments, and — once submitted — when, by whom, and the SHA-256 of the frozen content.
 */
public record ReportView(
        ReportDocument document,
        ReportStatus status,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime submittedAt,
        String submittedBy,
        String overrideReason,
        String contentSha256,
        OffsetDateTime decidedAt,
        String decidedBy,
        String decisionComment,
        List<String> missingSections,
        List<String> writableSections,
        List<CommentView> comments,
        long version) {

    /** A remark on the revision or on one of its sections. */
    public record CommentView(String section, String author, String text, OffsetDateTime at) {

        static CommentView of(ReportComment c) {
            return new CommentView(
                    c.sectionKey, c.authorName != null ? c.authorName : c.authorUsername, c.text, c.createdAt);
        }
    }

    /** One revision in the report's list of revisions. */
    public record Revision(
            int revision,
            ReportStatus status,
            OffsetDateTime createdAt,
            OffsetDateTime submittedAt,
            String contentSha256,
            OffsetDateTime decidedAt) {

        static Revision of(Report r) {
            return new Revision(r.revision, r.status, r.createdAt, r.submittedAt, r.contentSha256, r.decidedAt);
        }
    }
}
