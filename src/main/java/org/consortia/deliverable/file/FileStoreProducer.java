package org.consortia.deliverable.file;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.Closeable;
import java.io.IOException;

/** The one {@link FileStore}, chosen at start from {@code consortia.files.store}: an operator's setting. */
@ApplicationScoped
class FileStoreProducer {

    @Produces
    @ApplicationScoped
    FileStore fileStore(FilesConfig config) {
        return switch (config.store()) {
            case DISK -> new DiskFileStore(config.directory());
            case S3 -> S3FileStore.create(config.s3());
        };
    }

    /** An S3 store without a bucket stops the start, rather than the first upload. */
    void checkAtStart(@Observes StartupEvent start, FilesConfig config) {
        if (config.store() == FilesConfig.Store.S3 && config.s3().bucket().isEmpty()) {
            throw new IllegalStateException(
                    "consortia.files.store=s3 needs consortia.files.s3.bucket" + " (CONSORTIA_FILES_S3_BUCKET)");
        }
    }

    void close(@Disposes FileStore store) throws IOException {
        if (store instanceof Closeable closeable) {
            closeable.close();
        }
    }
}
