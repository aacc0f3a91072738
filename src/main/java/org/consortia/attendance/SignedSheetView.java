package org.consortia.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A scanned signed sheet as its readers see it: which day and version, the file, who uploaded it and when. */
public record SignedSheetView(
        long id,
        LocalDate day,
        int number,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        boolean forFunder,
        long version) {

    static SignedSheetView of(SignedSheet sheet) {
        return new SignedSheetView(
                sheet.id,
                sheet.day,
                sheet.number,
                sheet.originalName,
                sheet.mediaType,
                sheet.sizeBytes,
                sheet.sha256,
                sheet.uploaderName != null ? sheet.uploaderName : sheet.uploaderUsername,
                sheet.uploadedAt,
                sheet.forFunder,
                sheet.version);
    }
}
