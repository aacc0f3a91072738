package org.consortia.deliverable.file;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Removes stored files that nothing refers to ({@link ReferencedFiles}): the bytes of an upload whose database
 * transaction failed after they were written. The grace period keeps the files of uploads still in progress.
 */
@ApplicationScoped
public class OrphanFileSweep {

    private static final Logger LOG = Logger.getLogger(OrphanFileSweep.class);

    private final FileStore store;
    private final ReferencedFiles referenced;
    private final FilesConfig config;
    private final Clock clock;

    OrphanFileSweep(FileStore store, ReferencedFiles referenced, FilesConfig config, Clock clock) {
        this.store = store;
        this.referenced = referenced;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep(Instant.now(clock).minus(config.orphanGrace()));
    }

    /** Removes the unreferenced files older than {@code before}; returns how many. */
    public int sweep(Instant before) {
        Set<String> kept = referenced.hashes();
        try {
            int removed = store.removeUnreferenced(kept::contains, before);
            if (removed > 0) {
                LOG.infof("Removed %d stored file(s) no version refers to", removed);
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sweep the file store", e);
        }
    }
}
