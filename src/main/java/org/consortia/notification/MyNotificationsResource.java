package org.consortia.notification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.consortia.security.AccessPolicy;
import org.consortia.security.People;
import org.consortia.security.Person;

/** {@code /api/me/notifications}: the caller's latest notices (newest first), and marking one read. */
@Path("/api/me/notifications")
public class MyNotificationsResource {

    static final int LATEST = 100;

    private final Notices notices;
    private final People people;
    private final AccessPolicy access;

    MyNotificationsResource(Notices notices, People people, AccessPolicy access) {
        this.notices = notices;
        this.people = people;
        this.access = access;
    }

    @GET
    public List<NotificationView> latest() {
        return notices.latest(me(), LATEST).stream().map(NotificationView::of).toList();
    }

    /** Marks the caller's notice read; someone else's is a 404. */
    @POST
    @Path("{id:[0-9]{1,18}}/read")
    public NotificationView read(@PathParam("id") long id) {
        return NotificationView.of(notices.open(me(), id));
    }

    private Person me() {
        return people.person(access.user()).orElseThrow();
    }
}
