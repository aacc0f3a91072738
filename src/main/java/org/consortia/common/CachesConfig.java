package org.consortia.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code consortia.caches.*}: how much each in-memory cache of computed results may hold. */
@ConfigMapping(prefix = "consortia.caches")
public interface CachesConfig {

    /** Rendered page content (the status pages), by the size of its text. */
    @WithDefault("16M")
    MemorySize pages();

    /** Deadlines computed across someone's projects, by their number. */
    @WithDefault("100000")
    int deadlines();
}
