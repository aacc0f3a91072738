package org.consortia.deadline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.consortia.security.AccessPolicy;

/** {@code /deadlines}: across the visitor's projects, what is overdue, then what falls due in the next 60 days. */
@Path("/deadlines")
public class MyDeadlinesPage {

    static final int AHEAD_DAYS = 60;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadlines(
                List<Deadline> overdue, List<Deadline> upcoming, LocalDate today, int aheadDays);
    }

    private final PersonalDeadlines deadlines;
    private final AccessPolicy access;

    MyDeadlinesPage(PersonalDeadlines deadlines, AccessPolicy access) {
        this.deadlines = deadlines;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        LocalDate today = deadlines.today();
        List<Deadline> all = deadlines.of(access.user().identity(), null, today, today.plusDays(AHEAD_DAYS), true);
        return Templates.deadlines(
                all.stream().filter(Deadline::overdue).toList(),
                all.stream().filter(d -> !d.overdue() && !d.done()).toList(),
                today,
                AHEAD_DAYS);
    }
}
