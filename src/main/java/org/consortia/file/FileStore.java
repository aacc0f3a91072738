package org.consortia.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded bytes live, addressed by their SHA-256: the same content is kept once, and a
 * stored file never changes.
 */
public interface FileStore {

    /** Copies the bytes into the store (streaming) and tells their hash and size. */
    Stored store(InputStream content) throws IOException;

    /** The stored file with this hash, to stream to a client. */
    Path locate(String sha256);

    record Stored(String sha256, long size) {
    }
}
