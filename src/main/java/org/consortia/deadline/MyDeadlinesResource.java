package org.consortia.deadline;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.security.AccessPolicy;

/**
 * {@code GET /api/me/deadlines?within=P60D}: across the caller's projects, what is overdue and what
 * falls due from today to today + within (60 days unless given, at most a year).
 */
@Path("/api/me/deadlines")
public class MyDeadlinesResource {

    private static final Period DEFAULT = Period.ofDays(60);
    private static final int LONGEST_DAYS = 366;

    private final PersonalDeadlines deadlines;
    private final AccessPolicy access;

    MyDeadlinesResource(PersonalDeadlines deadlines, AccessPolicy access) {
        this.deadlines = deadlines;
        this.access = access;
    }

    @GET
    public Page<Deadline> list(@QueryParam("within") String within, @Valid @BeanParam PageRequest page) {
        LocalDate today = deadlines.today();
        return page.slice(deadlines.of(access.user().identity(), null, today, today.plus(period(within)), true));
    }

    private static Period period(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        Period period;
        try {
            period = Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidDataProblem("within", "must be an ISO-8601 period such as P60D or P2M");
        }
        LocalDate origin = LocalDate.of(2000, 1, 1);
        if (period.isNegative() || origin.plus(period).isAfter(origin.plusDays(LONGEST_DAYS))) {
            throw new InvalidDataProblem("within", "must be a period from P0D to P366D, e.g. P60D");
        }
        return period;
    }
}
