package org.consortia.attendance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code consortia.privacy.*}: how long the personal data of events' participants is kept. */
@ConfigMapping(prefix = "consortia.privacy")
public interface PrivacyConfig {

    /**
     * The years after a project's end when its participants' personal data is erased: five by default, as long as an EU
     * grant's records must be kept for checks and audits.
     */
    @WithDefault("5")
    int keepYears();
}
