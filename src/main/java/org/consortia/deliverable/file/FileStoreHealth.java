package org.consortia.deliverable.file;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/** Ready only while the file store takes writes: the directory is writable, or the bucket answers. */
@Readiness
@ApplicationScoped
class FileStoreHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(FileStoreHealth.class);

    private final FileStore store;
    private final FilesConfig config;

    FileStoreHealth(FileStore store, FilesConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("file store")
                .withData("store", config.store().name().toLowerCase());
        try {
            store.checkWritable();
            return response.up().build();
        } catch (Exception e) {
            // The reason goes to the log only: /q/health answers anyone.
            LOG.warnf(e, "The file store is not ready");
            return response.down().build();
        }
    }
}
