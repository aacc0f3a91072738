package org.consortia.deliverable.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consortia.common.Sha256;

/**
 * The file store on the local disk: {@code <directory>/<first two hex digits>/<sha256>}. Bytes are
 * written to a temporary file in the store, flushed to disk, then moved into place atomically, so a
 * reader never sees half a file and a failed upload leaves only a temporary file that is removed.
 */
public class DiskFileStore implements FileStore {

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}");

    /** Bytes read and written at a time: few system calls, little memory per upload. */
    private static final int CHUNK_BYTES = 256 * 1024;

    private final Path directory;

    public DiskFileStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public Stored store(InputStream content) throws IOException {
        Path incoming = directory.resolve("incoming");
        Files.createDirectories(incoming);
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = Sha256.digest();
            long size = 0;
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] chunk = new byte[CHUNK_BYTES];
                for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
                    sha256.update(chunk, 0, read);
                    ByteBuffer written = ByteBuffer.wrap(chunk, 0, read);
                    while (written.hasRemaining()) {
                        out.write(written);
                    }
                    size += read;
                }
                out.force(true);
            }
            String hash = Sha256.hex(sha256);
            Path target = locate(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                // Stored already: freshen it, so the orphan sweep does not take it while this upload commits.
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                Files.delete(temporary);
            } else {
                move(temporary, target);
            }
            return new Stored(hash, size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where the file with this hash is (or would be) kept. */
    Path locate(String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(locate(sha256));
        try {
            channel.position(offset);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public Optional<Path> localFile(String sha256) {
        Path file = locate(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public boolean contains(String sha256) {
        return localFile(sha256).isPresent();
    }

    @Override
    public void checkWritable() throws IOException {
        Path incoming = Files.createDirectories(directory.resolve("incoming"));
        Files.delete(Files.createTempFile(incoming, "ready-", ".part"));
    }

    /** Looks only at what the store itself writes: {@code xx/<sha256>} and {@code incoming/*.part}. */
    @Override
    public int removeUnreferenced(Predicate<String> referenced, Instant before) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.walk(directory, 2)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String folder = file.getParent().getFileName().toString();
                boolean partial = folder.equals("incoming") && name.endsWith(".part");
                boolean stored = STORED_NAME.matcher(name).matches() && name.startsWith(folder);
                if ((partial || (stored && !referenced.test(name)))
                        && olderThan(file, before)
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean olderThan(Path file, Instant before) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // The same content arrived at the same moment: it is stored already.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file store " + target.getParent() + " must allow atomic moves", e);
        }
    }
}
