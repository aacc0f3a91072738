package org.consortia.deliverable.file;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.consortia.security.AccessPolicy;

/** The file store, for platform administrators: the migration of the disk store's files to S3. */
@Path("/api/admin/file-store")
public class FileStoreResource {

    private final FileStoreMigration migration;
    private final AccessPolicy access;

    FileStoreResource(FileStoreMigration migration, AccessPolicy access) {
        this.migration = migration;
        this.access = access;
    }

    @POST
    @Path("migration")
    public FileStoreMigration.Report migrate() {
        access.requireAdmin("migrate the file store");
        return migration.diskToS3();
    }
}
