package org.consortia.deliverable.file;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import org.consortia.common.ConflictProblem;
import org.consortia.common.Sha256;
import org.jboss.logging.Logger;

/**
 * Copies the files referred to ({@link ReferencedFiles}: versions, signed sheets) from the disk directory into the S3 bucket. Resumable: a file
 * already in the bucket is skipped, so a run that stopped half-way is simply run again. Every file is
 * checked twice: the hash of the bytes read from disk must be its name, and the bytes read back from
 * the bucket must hash to it too. The disk directory is left as it is.
 */
@ApplicationScoped
public class FileStoreMigration {

    private static final Logger LOG = Logger.getLogger(FileStoreMigration.class);

    private final ReferencedFiles referenced;
    private final FilesConfig config;

    FileStoreMigration(ReferencedFiles referenced, FilesConfig config) {
        this.referenced = referenced;
        this.config = config;
    }

    /** What a run did: files copied, found in the bucket already, missing from the disk, failed a check. */
    public record Report(int copied, int skipped, int missing, int failed) {}

    public Report diskToS3() {
        if (config.s3().bucket().isEmpty()) {
            throw new ConflictProblem("consortia.files.s3.bucket", "no S3 bucket is configured to migrate to");
        }
        DiskFileStore disk = new DiskFileStore(config.directory());
        // A client of its own, whichever store is active: the migration runs before and after the switch.
        try (S3FileStore s3 = S3FileStore.create(config.s3())) {
            return copy(referenced.hashes(), disk, s3);
        }
    }

    /** Copies each of {@code hashes} from one store to the other, unless it is there already. */
    static Report copy(Iterable<String> hashes, FileStore from, FileStore to) {
        int copied = 0;
        int skipped = 0;
        int missing = 0;
        int failed = 0;
        for (String hash : hashes) {
            try {
                if (to.contains(hash)) {
                    skipped++;
                } else if (!from.contains(hash)) {
                    LOG.warnf("File %s is referenced but not in the disk store", hash);
                    missing++;
                } else if (copyOne(hash, from, to)) {
                    copied++;
                } else {
                    failed++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "Could not copy file %s", hash);
                failed++;
            }
        }
        LOG.infof(
                "File store migration: %d copied, %d already there, %d missing, %d failed",
                copied, skipped, missing, failed);
        return new Report(copied, skipped, missing, failed);
    }

    private static boolean copyOne(String hash, FileStore from, FileStore to) throws IOException {
        FileStore.Stored stored;
        try (InputStream in = from.open(hash, 0, Long.MAX_VALUE)) {
            stored = to.store(in);
        }
        if (!stored.sha256().equals(hash)) {
            // The disk copy is damaged; what was uploaded under its real hash is left to the sweep.
            LOG.errorf("File %s on disk hashes to %s: not copied", hash, stored.sha256());
            return false;
        }
        String readBack;
        try (InputStream in = to.open(hash, 0, stored.size())) {
            readBack = Sha256.hex(in);
        }
        if (!readBack.equals(hash)) {
            LOG.errorf("File %s read back from the bucket hashes to %s", hash, readBack);
            return false;
        }
        return true;
    }
}
