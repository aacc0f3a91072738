package org.consortia.calendar;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.consortia.common.NotFoundProblem;
import org.consortia.deadline.Deadline;
import org.consortia.deadline.PersonalDeadlines;
import org.consortia.security.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /calendar/{token}.ics} (all the owner's projects) and {@code /calendar/{token}/{acronym}.ics}
 * (one of them): what a calendar application subscribes to. The token is the only credential, so an
 * unknown or revoked one, one whose owner is disabled or gone in the identity provider, or a project that is
 * not the owner's, is a plain 404. A feed holds what its owner may see as last recorded (at their last
 * sign-in or the last people sync, docs/security.md); a reviewer's never shows drafts.
 */
@Path("/calendar")
@PermitAll
public class CalendarFeedResource {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final CalendarFeeds feeds;
    private final PersonalDeadlines deadlines;

    private final Locale defaultLocale;

    CalendarFeedResource(
            CalendarFeeds feeds,
            PersonalDeadlines deadlines,
            @ConfigProperty(name = "quarkus.default-locale") Locale defaultLocale) {
        this.feeds = feeds;
        this.deadlines = deadlines;
        this.defaultLocale = defaultLocale;
    }

    @GET
    @Path("{token}.ics")
    public Response all(@PathParam("token") String token, UriInfo uri) {
        Person owner = owner(token);
        return feed(
                "Consortia – " + owner.username,
                deadlines.of(owner.identity(), null, null, null, false),
                messagesOf(owner),
                uri);
    }

    @GET
    @Path("{token}/{acronym}.ics")
    public Response project(@PathParam("token") String token, @PathParam("acronym") String acronym, UriInfo uri) {
        Person owner = owner(token);
        if (!deadlines.takesPartIn(owner.identity(), acronym)) {
            throw new NotFoundProblem("Calendar", acronym);
        }
        return feed(
                "Consortia – " + acronym,
                deadlines.of(owner.identity(), acronym, null, null, false),
                messagesOf(owner),
                uri);
    }

    private Person owner(String token) {
        return feeds.ownerOf(token).orElseThrow(() -> new NotFoundProblem("Calendar", "for this link"));
    }

    /** The feed speaks its owner's language, the one of their mails. */
    private CalendarMessages messagesOf(Person owner) {
        String language = owner.language != null ? owner.language : defaultLocale.toLanguageTag();
        return MessageBundles.get(CalendarMessages.class, Localized.Literal.of(language));
    }

    private static Response feed(String name, List<Deadline> items, CalendarMessages messages, UriInfo uri) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ICalendarWriter.write(name, items, uri.getBaseUri(), messages, writer);
            writer.flush();
        };
        return Response.ok(body, MEDIA_TYPE)
                .header("Cache-Control", "private, max-age=300")
                .build();
    }
}
