package org.consortia.deliverable.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consortia.common.Sha256;
import org.consortia.testsupport.S3ProxyResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3 server (S3Proxy, in this JVM), each test under a prefix of its own.
 * Parts are the smallest S3 takes (5 MiB), so that a multipart upload takes only a few parts.
 */
class S3FileStoreTest {

    private static final int PART = 5 * 1024 * 1024;

    private String prefix;
    private S3FileStore store;
    private S3Client client;

    @BeforeEach
    void connect() {
        prefix = "test-" + UUID.randomUUID();
        store = S3FileStore.create(config(S3ProxyResource.BUCKET));
        client = store.client();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFileComesBackWholeAndByRangeUnderItsHash() throws IOException {
        byte[] bytes = "Minutes of the kick-off meeting".getBytes(StandardCharsets.UTF_8);

        FileStore.Stored stored = store.store(new ByteArrayInputStream(bytes));

        assertEquals(sha256(bytes), stored.sha256());
        assertEquals(bytes.length, stored.size());
        assertEquals(List.of(prefix + "/" + stored.sha256().substring(0, 2) + "/" + stored.sha256()), keys());
        assertTrue(store.contains(stored.sha256()));
        assertArrayEquals(bytes, read(store.open(stored.sha256(), 0, bytes.length)));
        assertEquals("kick-off", new String(read(store.open(stored.sha256(), 15, 8)), StandardCharsets.UTF_8));
    }

    @Test
    void aLargeFileGoesUpInPartsAndLeavesNoTemporaryObject() throws IOException {
        long size = 2L * PART + 1234;
        MessageDigest expected = Sha256.digest();

        FileStore.Stored stored = store.store(new Generated(size, expected, -1));

        assertEquals(Sha256.hex(expected), stored.sha256());
        assertEquals(size, stored.size());
        assertEquals(stored.sha256(), sha256(store.open(stored.sha256(), 0, size)));
        assertEquals(1, keys().size(), "only the content object: the temporary one is gone");
        assertTrue(pendingUploads().isEmpty());
    }

    @Test
    void theSameContentIsStoredOnce() throws IOException {
        byte[] bytes = "the same agenda".getBytes(StandardCharsets.UTF_8);

        String first = store.store(new ByteArrayInputStream(bytes)).sha256();
        String second = store.store(new ByteArrayInputStream(bytes)).sha256();

        assertEquals(first, second);
        assertEquals(1, keys().size());
    }

    @Test
    void aFailedUploadLeavesNoContentObject() {
        assertThrows(IOException.class, () -> store.store(new Generated(3L * PART, Sha256.digest(), PART + 100)));
        assertThrows(IOException.class, () -> store.store(new Generated(3L * PART, Sha256.digest(), 100)));

        assertEquals(List.of(), keys());
        assertTrue(pendingUploads().isEmpty(), "the multipart upload was aborted");
    }

    @Test
    void aHashNotStoredIsNoSuchFile() throws IOException {
        String absent = "ab" + "0".repeat(62);
        assertFalse(store.contains(absent));
        assertThrows(NoSuchFileException.class, () -> store.open(absent, 0, 10).close());
    }

    @Test
    void theSweepRemovesOldUnreferencedObjectsAndAbandonedUploadsOnly() throws IOException {
        String kept = store.store(new ByteArrayInputStream("referenced".getBytes(StandardCharsets.UTF_8)))
                .sha256();
        String orphan = store.store(new ByteArrayInputStream("orphan".getBytes(StandardCharsets.UTF_8)))
                .sha256();
        put(prefix + "/incoming/abandoned.part");
        put(prefix + "/ab/README.txt");
        client.createMultipartUpload(
                create -> create.bucket(S3ProxyResource.BUCKET).key(prefix + "/incoming/crashed.part"));

        int young =
                store.removeUnreferenced(Set.of(kept)::contains, Instant.now().minus(1, ChronoUnit.HOURS));
        assertEquals(0, young, "everything is younger than the grace period");
        assertEquals(4, keys().size());

        int removed =
                store.removeUnreferenced(Set.of(kept)::contains, Instant.now().plus(1, ChronoUnit.MINUTES));

        assertTrue(store.contains(kept), "a referenced object stays");
        assertFalse(store.contains(orphan), "an old unreferenced object goes");
        assertEquals(
                List.of(prefix + "/ab/README.txt", store.key(kept)),
                keys().stream().sorted().toList(),
                "the abandoned temporary object goes; what the store did not write stays");
        assertTrue(pendingUploads().isEmpty(), "the abandoned multipart upload is aborted");
        assertEquals(3, removed);
    }

    @Test
    void theMigrationCopiesFromDiskVerifiesAndCanBeRunAgain(@TempDir Path directory) throws IOException {
        DiskFileStore disk = new DiskFileStore(directory);
        String minutes = disk.store(new ByteArrayInputStream("minutes".getBytes(StandardCharsets.UTF_8)))
                .sha256();
        String report = disk.store(new ByteArrayInputStream("report".getBytes(StandardCharsets.UTF_8)))
                .sha256();
        String missing = "cd" + "0".repeat(62);
        String damaged = sha256("what it was".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(disk.locate(damaged).getParent());
        Files.writeString(disk.locate(damaged), "what it became");

        FileStoreMigration.Report first =
                FileStoreMigration.copy(List.of(minutes, report, missing, damaged), disk, store);

        assertEquals(new FileStoreMigration.Report(2, 0, 1, 1), first);
        assertTrue(store.contains(minutes));
        assertTrue(store.contains(report));
        assertFalse(store.contains(damaged), "a damaged file is not stored under its name");
        assertTrue(
                store.contains(sha256("what it became".getBytes(StandardCharsets.UTF_8))),
                "what was read is stored under its real hash, referenced by nothing: the sweep's to remove");

        FileStoreMigration.Report second = FileStoreMigration.copy(List.of(minutes, report, missing), disk, store);

        assertEquals(new FileStoreMigration.Report(0, 2, 1, 0), second);
    }

    @Test
    void theBucketMustAnswerToBeReady() throws IOException {
        store.checkWritable();
        try (S3FileStore nowhere = S3FileStore.create(config("no-such-bucket"))) {
            assertThrows(IOException.class, nowhere::checkWritable);
        }
    }

    private FilesConfig.S3 config(String bucket) {
        return new TestConfig(
                Optional.of(S3ProxyResource.endpoint()),
                "us-east-1",
                Optional.of(bucket),
                prefix,
                Optional.of(S3ProxyResource.ACCESS_KEY),
                Optional.of(S3ProxyResource.SECRET_KEY),
                true,
                new MemorySize(BigInteger.valueOf(PART)));
    }

    private record TestConfig(
            Optional<URI> endpoint,
            String region,
            Optional<String> bucket,
            String prefix,
            Optional<String> accessKeyId,
            Optional<String> secretAccessKey,
            boolean pathStyle,
            MemorySize partSize)
            implements FilesConfig.S3 {}

    private List<String> keys() {
        return client
                .listObjectsV2Paginator(
                        list -> list.bucket(S3ProxyResource.BUCKET).prefix(prefix + "/"))
                .contents()
                .stream()
                .map(object -> object.key())
                .toList();
    }

    private List<String> pendingUploads() {
        return client
                .listMultipartUploads(
                        list -> list.bucket(S3ProxyResource.BUCKET).prefix(prefix + "/"))
                .uploads()
                .stream()
                .map(upload -> upload.key())
                .toList();
    }

    private void put(String key) {
        client.putObject(put -> put.bucket(S3ProxyResource.BUCKET).key(key), RequestBody.fromString("left behind"));
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    private static String sha256(InputStream in) throws IOException {
        try (in) {
            return Sha256.hex(in);
        }
    }

    /** {@code size} bytes made up as they are read (never all in memory), hashed into {@code digest}; fails at {@code failAt}. */
    private static final class Generated extends InputStream {

        private final long size;
        private final MessageDigest digest;
        private final long failAt;
        private long position;

        Generated(long size, MessageDigest digest, long failAt) {
            this.size = size;
            this.digest = digest;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (failAt >= 0 && position >= failAt) {
                throw new IOException("the client went away");
            }
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            if (failAt >= 0) {
                n = (int) Math.min(n, failAt - position);
            }
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((position + i) * 31 % 251);
            }
            digest.update(buffer, offset, n);
            position += n;
            return n;
        }
    }
}
