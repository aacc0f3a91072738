package org.consortia.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The largest request bodies taken, by kind ({@link LargeBody}); files have their own limit. */
@ConfigMapping(prefix = "consortia.bodies")
public interface BodiesConfig {

    /** A JSON or form body of any endpoint but the uploads and the plan import. */
    @WithDefault("1M")
    MemorySize small();

    /** A whole project plan, JSON or YAML (the demo's largest is 23 KB). */
    @WithDefault("16M")
    MemorySize plan();

    /** A spreadsheet of participants, CSV or XLSX (5,000 rows, the most an import takes, make about 1 MB of CSV). */
    @WithDefault("8M")
    MemorySize list();
}
