package org.consortia.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code consortia.deadlines.*}: how long after a reporting period its periodic report is due. */
@ConfigMapping(prefix = "consortia.deadlines")
public interface ReportDeadlineConfig {

    /** Days after the end of a reporting period by which its report is due (60 in EU grants). */
    @WithDefault("60")
    int reportDueDays();
}
