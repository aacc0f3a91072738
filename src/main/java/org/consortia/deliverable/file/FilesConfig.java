package org.consortia.deliverable.file;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "consortia.files")
public interface FilesConfig {

    /** Which store keeps the bytes: {@code disk} (the directory below) or {@code s3} (the bucket below). */
    @WithDefault("disk")
    Store store();

    /** Where the disk store keeps the files (and where the migration to S3 reads them). */
    @WithDefault(".consortia-data/files")
    Path directory();

    /** The largest file accepted (413 above). */
    @WithDefault("100M")
    MemorySize maxSize();

    /** How old an unreferenced stored file must be before the sweep removes it. */
    @WithDefault("PT1H")
    Duration orphanGrace();

    /** The S3-compatible object storage, for {@code store=s3} and the migration to it. */
    S3 s3();

    enum Store {
        DISK,
        S3
    }

    interface S3 {

        /** The service's address (MinIO, Ceph, OVH, Scaleway…); none for AWS itself. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        Optional<String> bucket();

        /** The keys' common start: {@code <prefix>/<first two hex digits>/<sha256>}; may be empty. */
        @WithDefault("files")
        String prefix();

        /** With the secret below; both unset: the SDK's default credentials (environment, profile, role). */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** {@code https://host/bucket/key} rather than {@code https://bucket.host/key}: most self-hosted services. */
        @WithDefault("false")
        boolean pathStyle();

        /** Uploads are sent in parts of this size (at least 5M for S3): the memory one upload takes. */
        @WithDefault("8M")
        MemorySize partSize();
    }
}
