package org.consortia.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Where uploaded bytes live, addressed by their SHA-256: the same content is kept once, and a
 * stored file never changes.
 */
public interface FileStore {

    /** Copies the bytes into the store (streaming) and tells their hash and size. */
    Stored store(InputStream content) throws IOException;

    /** The stored file with this hash, to stream to a client. */
    Path locate(String sha256);

    /**
     * Removes stored files older than {@code before} whose hash {@code referenced} does not know
     * (and abandoned partial uploads); returns how many were removed.
     */
    int removeUnreferenced(Predicate<String> referenced, Instant before)
            throws IOException;

    record Stored(String sha256, long size) {
    }
}
