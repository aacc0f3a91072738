package org.consortia.file;

import jakarta.enterprise.context.ApplicationScoped;
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

    void close(@Disposes FileStore store) throws IOException {
        if (store instanceof Closeable closeable) {
            closeable.close();
        }
    }
}
