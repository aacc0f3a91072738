package org.consortia.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.consortia.security.AccessPolicy;
import org.consortia.security.People;
import org.consortia.security.Person;

/**
 * {@code /notifications}: the visitor's latest notices, unread ones marked; following one
 * ({@code /notifications/{id}}) marks it read and goes to what it is about.
 */
@Path("/notifications")
public class NotificationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<Notification> notices);
    }

    private final Notices notices;
    private final People people;
    private final AccessPolicy access;

    NotificationsPage(Notices notices, People people, AccessPolicy access) {
        this.notices = notices;
        this.people = people;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.notifications(notices.latest(me(), MyNotificationsResource.LATEST));
    }

    /** A plain link (reading a notice changes nothing but its read mark), so it needs no form. */
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response open(@PathParam("id") long id) {
        return Response.seeOther(URI.create(notices.open(me(), id).path())).build();
    }

    private Person me() {
        return people.person(access.user()).orElseThrow();
    }
}
