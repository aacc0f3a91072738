package org.consortia.deliverable.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where uploaded bytes live, addressed by their SHA-256: the same content is kept once, and a
 * stored file never changes. Two implementations, chosen by {@code consortia.files.store}: the local
 * disk ({@link DiskFileStore}) and S3-compatible object storage ({@link S3FileStore}).
 */
public interface FileStore {

    /** Copies the bytes into the store (streaming) and tells their hash and size. */
    Stored store(InputStream content) throws IOException;

    /**
     * Streams {@code length} bytes of the stored file with this hash from {@code offset}; the caller
     * closes the stream. A hash that is not stored is a {@link java.nio.file.NoSuchFileException}.
     */
    InputStream open(String sha256, long offset, long length) throws IOException;

    /**
     * The stored file with this hash as a file of this machine, when the store keeps it on a local disk
     * and has it: a download then goes from the disk to the socket with the system's zero-copy
     * {@code sendfile}. Empty for a remote store (and for a hash not stored: {@link #open} tells why).
     */
    default Optional<Path> localFile(String sha256) {
        return Optional.empty();
    }

    /** Whether the file with this hash is stored. */
    boolean contains(String sha256) throws IOException;

    /**
     * Removes stored files older than {@code before} whose hash {@code referenced} does not know
     * (and abandoned partial uploads); returns how many were removed.
     */
    int removeUnreferenced(Predicate<String> referenced, Instant before) throws IOException;

    /** Fails unless the store can be written now (the readiness check). */
    void checkWritable() throws IOException;

    record Stored(String sha256, long size) {}
}
