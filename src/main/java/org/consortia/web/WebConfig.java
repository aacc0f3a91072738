package org.consortia.web;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code consortia.web.*}: the pages' settings. */
@ConfigMapping(prefix = "consortia.web")
public interface WebConfig {

    /**
     * The secret under which the forms' tokens are computed, shared by every instance; without it each start draws
     * its own.
     */
    Optional<String> csrfSecret();
}
