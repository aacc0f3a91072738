package org.consortia.file;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The file store on the local disk: {@code <directory>/<first two hex digits>/<sha256>}. Bytes are
 * written to a temporary file in the store, flushed to disk, then moved into place atomically, so a
 * reader never sees half a file and a failed upload leaves only a temporary file that is removed.
 */
@ApplicationScoped
public class DiskFileStore implements FileStore {

    private final Path directory;

    DiskFileStore(FilesConfig config) {
        this.directory = config.directory();
    }

    @Override
    public Stored store(InputStream content) throws IOException {
        Path incoming = directory.resolve("incoming");
        Files.createDirectories(incoming);
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                size = content.transferTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            Path target = locate(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                move(temporary, target);
            }
            return new Stored(hash, size);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Path locate(String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public int removeUnreferenced(Predicate<String> referenced, Instant before) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                boolean old = Files.getLastModifiedTime(file).toInstant().isBefore(before);
                boolean partial = file.getParent().getFileName().toString().equals("incoming");
                if (old && (partial || !referenced.test(file.getFileName().toString())) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
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
