package org.consortia.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code consortia.reports.*}: how many report PDFs are laid out at once, and how long a request waits its turn. */
@ConfigMapping(prefix = "consortia.reports")
public interface ReportsConfig {

    /** PDFs laid out at the same time (each takes tens of megabytes of heap for a second or more). */
    @WithDefault("2")
    int pdfRenderers();

    /** How long a request waits for a free renderer before its 503. */
    @WithDefault("30s")
    Duration pdfWait();
}
