package org.consortia.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** {@code consortia.pdf.*}: how many PDFs (reports, timesheets) are laid out at once, and how long a request waits. */
@ConfigMapping(prefix = "consortia.pdf")
public interface PdfConfig {

    /** PDFs laid out at the same time (a large report takes tens of megabytes of heap for a second or more). */
    @WithDefault("2")
    int renderers();

    /** How long a request waits for a free renderer before its 503. */
    @WithName("wait")
    @WithDefault("30s")
    Duration maxWait();
}
