package org.consortia.testsupport;

import io.quarkus.test.Mock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Tests run on a known day, so "overdue" and "upcoming" do not depend on when the suite runs. */
public class FixedClock {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Produces
    @Singleton
    @Mock
    Clock clock() {
        return Clock.fixed(Instant.parse(TODAY + "T09:00:00Z"), ZoneOffset.UTC);
    }
}
