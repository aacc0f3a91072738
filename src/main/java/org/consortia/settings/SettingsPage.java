package org.consortia.settings;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.consortia.calendar.CalendarFeeds;
import org.consortia.security.AccessPolicy;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.security.MyProjects;
import org.consortia.security.People;
import org.consortia.security.Person;
import org.consortia.web.Flash;
import org.consortia.web.LocalisedMessages;

/**
 * {@code /settings}: the visitor's own settings — the language of the pages, and the secret link a
 * calendar application subscribes to (shown once when issued, revocable).
 */
@Path("/settings")
public class SettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(OffsetDateTime calendarIssuedAt, NewCalendarLinks newCalendar);
    }

    private final CalendarFeeds feeds;
    private final People people;
    private final MyProjects myProjects;
    private final AccessPolicy access;
    private final LocalisedMessages messages;

    SettingsPage(CalendarFeeds feeds, People people, MyProjects myProjects, AccessPolicy access,
            LocalisedMessages messages) {
        this.feeds = feeds;
        this.people = people;
        this.myProjects = myProjects;
        this.access = access;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.settings(feeds.issuedAt(me()).orElse(null), null);
    }

    /**
     * A new calendar link, replacing the old one. Shown on the answer itself, not after a redirect:
     * it is a secret that exists in clear only now.
     */
    @POST
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance issueCalendar(UriInfo uri) {
        Person me = me();
        String token = feeds.issue(me);
        String base = uri.getBaseUri().resolve("calendar/" + token).toString();
        NewCalendarLinks links = new NewCalendarLinks(base + ".ics", myProjects.list().stream()
                .map(ProjectRole::acronym).distinct()
                .map(acronym -> new NewCalendarLinks.ProjectLink(acronym, base + "/" + acronym + ".ics"))
                .toList());
        return Templates.settings(feeds.issuedAt(me).orElse(null), links);
    }

    @POST
    @Path("calendar/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeCalendar() {
        feeds.revoke(me());
        return Flash.redirect("/settings#calendar", messages.get().calendar_revoked());
    }

    private Person me() {
        return people.person(access.user()).orElseThrow();
    }
}
