package org.consortia.deliverable.file;

import java.time.OffsetDateTime;

/** A file version as the API shows it. */
public record FileVersionView(
        int version,
        String fileName,
        long size,
        String sha256,
        String mediaType,
        String note,
        String uploader,
        String uploaderName,
        String uploaderOrganisation,
        OffsetDateTime uploadedAt,
        boolean withdrawn,
        OffsetDateTime withdrawnAt,
        String withdrawnBy) {

    static FileVersionView of(FileVersion f) {
        return new FileVersionView(
                f.number,
                f.originalName,
                f.sizeBytes,
                f.sha256,
                f.mediaType,
                f.note,
                f.uploaderUsername,
                f.uploaderName,
                f.uploaderOrganisation,
                f.uploadedAt,
                f.withdrawnAt != null,
                f.withdrawnAt,
                f.withdrawnBy);
    }
}
