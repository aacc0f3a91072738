package org.consortia.timesheet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** {@code consortia.timesheets.*}: the limits and defaults of time records (docs/finances.md). */
@ConfigMapping(prefix = "consortia.timesheets")
public interface TimesheetsConfig {

    /**
     * The hours a week a month may hold on average: the EU Working Time Directive's 48 by default. A month of 30 days
     * holds at most 30 × 48 / 7 = 205.71 hours.
     */
    @WithDefault("48")
    int maxWeeklyHours();

    /** Annual productive hours where neither the organisation nor the person sets theirs: the EU's 1,720. */
    @WithDefault("1720")
    BigDecimal productiveHours();
}
