package org.consortia.deliverable.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk store read through the interface both stores share: byte ranges, absence, readiness. */
class DiskFileStoreTest {

    @TempDir
    Path directory;

    @Test
    void aStoredFileIsReadWholeOrByRange() throws IOException {
        DiskFileStore store = new DiskFileStore(directory);
        byte[] bytes = "Minutes of the kick-off meeting".getBytes(StandardCharsets.UTF_8);

        String sha = store.store(new ByteArrayInputStream(bytes)).sha256();

        assertTrue(store.contains(sha));
        try (InputStream whole = store.open(sha, 0, bytes.length);
                InputStream part = store.open(sha, 15, 8)) {
            assertArrayEquals(bytes, whole.readAllBytes());
            assertEquals("kick-off", new String(part.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aHashNotStoredIsNoSuchFile() {
        DiskFileStore store = new DiskFileStore(directory);
        String absent = "ab" + "0".repeat(62);

        assertFalse(store.contains(absent));
        assertThrows(NoSuchFileException.class, () -> store.open(absent, 0, 10).close());
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsNotReady() throws IOException {
        new DiskFileStore(directory).checkWritable();
        Path notADirectory = Files.writeString(directory.resolve("occupied"), "a file where the store should be");

        assertThrows(IOException.class, () -> new DiskFileStore(notADirectory).checkWritable());
    }
}
