package org.consortia.attendance;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.consortia.deliverable.file.FileDownloads;

/** A signed sheet's file as a download: its type as read at upload, its name, never cached (it names people). */
final class SignedSheetDownload {

    private SignedSheetDownload() {}

    static Response of(SignedSheetService service, SignedSheet sheet) {
        StreamingOutput body = out -> {
            try (InputStream in = service.open(sheet)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, sheet.mediaType)
                .header("Content-Length", sheet.sizeBytes)
                .header("Content-Disposition", FileDownloads.contentDisposition(sheet.originalName))
                .header("Cache-Control", "private, no-store")
                .header("ETag", "\"" + sheet.sha256 + "\"")
                .build();
    }
}
