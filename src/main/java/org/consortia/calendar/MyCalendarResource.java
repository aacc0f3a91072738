package org.consortia.calendar;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.consortia.common.NotFoundProblem;
import org.consortia.security.AccessPolicy;
import org.consortia.security.People;
import org.consortia.security.Person;

/**
 * {@code /api/me/calendar}: the caller's calendar feed — whether they have one ({@code GET}), a new
 * secret link that replaces the old one ({@code POST}, the only answer that shows it), revocation
 * ({@code DELETE}).
 */
@Path("/api/me/calendar")
public class MyCalendarResource {

    private final CalendarFeeds feeds;
    private final People people;
    private final AccessPolicy access;

    MyCalendarResource(CalendarFeeds feeds, People people, AccessPolicy access) {
        this.feeds = feeds;
        this.people = people;
        this.access = access;
    }

    /** The feed's issue date; 404 when there is none. */
    @GET
    public FeedState state() {
        return feeds.issuedAt(me())
                .map(FeedState::new)
                .orElseThrow(() -> new NotFoundProblem(
                        "Calendar feed", "of " + access.user().username()));
    }

    @POST
    public Response issue(UriInfo uri) {
        String token = feeds.issue(me());
        String base = uri.getBaseUri().resolve("calendar/" + token).toString();
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedFeed(base + ".ics", base + "/{acronym}.ics"))
                .build();
    }

    @DELETE
    public Response revoke() {
        if (!feeds.revoke(me())) {
            throw new NotFoundProblem("Calendar feed", "of " + access.user().username());
        }
        return Response.noContent().build();
    }

    private Person me() {
        return people.person(access.user()).orElseThrow();
    }

    /** A feed exists since {@code issuedAt}. */
    public record FeedState(OffsetDateTime issuedAt) {}

    /** The secret links, shown once: all projects, and one project (replace {acronym}). */
    public record IssuedFeed(String url, String projectUrlTemplate) {}
}
