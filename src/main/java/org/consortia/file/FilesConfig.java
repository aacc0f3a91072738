package org.consortia.file;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "consortia.files")
public interface FilesConfig {

    /** Where the disk store keeps the files. */
    @WithDefault(".consortia-data/files")
    Path directory();

    /** The largest file accepted (413 above). */
    @WithDefault("100M")
    MemorySize maxSize();

    /** How old an unreferenced stored file must be before the sweep removes it. */
    @WithDefault("PT1H")
    Duration orphanGrace();
}
