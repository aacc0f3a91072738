package org.consortia.deliverable.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a file really is, read from its bytes (the name only refines a format the bytes already
 * show, so a renamed executable stays an executable), and whether the platform takes it: office
 * documents, PDF, images, archives, CSV and plain text.
 */
final class AcceptedFormats {

    private static final Tika TIKA = new Tika();

    private static final Set<String> TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/rtf",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "image/tiff",
            "application/zip",
            "application/x-7z-compressed",
            "application/gzip",
            "text/csv",
            "text/plain");

    private static final List<String> FAMILIES =
            List.of("application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.");

    private AcceptedFormats() {}

    static String detect(InputStream bytes, String fileName) throws IOException {
        return TIKA.detect(bytes, fileName);
    }

    static boolean accepts(String mediaType) {
        return TYPES.contains(mediaType) || FAMILIES.stream().anyMatch(mediaType::startsWith);
    }
}
