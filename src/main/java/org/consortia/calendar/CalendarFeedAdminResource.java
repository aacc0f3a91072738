package org.consortia.calendar;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.security.AccessPolicy;

/**
 * {@code /api/admin/calendar-feeds}, for platform administrators: everyone's calendar feeds, paged, the
 * latest issued first ({@code GET}), and the revocation of any of them ({@code DELETE /{id}}); anyone else
 * gets a 403.
 */
@Path("/api/admin/calendar-feeds")
public class CalendarFeedAdminResource {

    private final CalendarFeeds feeds;
    private final AccessPolicy access;

    CalendarFeedAdminResource(CalendarFeeds feeds, AccessPolicy access) {
        this.feeds = feeds;
        this.access = access;
    }

    @GET
    public Page<CalendarFeeds.Issued> list(@Valid @BeanParam PageRequest page) {
        access.requireAdmin("list everyone's calendar feeds");
        return feeds.everyone(page);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        access.requireAdmin("revoke someone's calendar feed");
        if (!feeds.revoke(id, access.user().username())) {
            throw new NotFoundProblem("Calendar feed", Long.toString(id));
        }
        return Response.noContent().build();
    }
}
