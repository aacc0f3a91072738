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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.calendar.CalendarFeeds;
import org.consortia.notification.NotificationKind;
import org.consortia.notification.Preferences;
import org.consortia.security.AccessPolicy;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.security.MyProjects;
import org.consortia.security.People;
import org.consortia.security.Person;
import org.consortia.web.Flash;
import org.consortia.web.LocalisedMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /settings}: the visitor's own settings — the language of the pages, and the secret link a
 * calendar application subscribes to (shown once when issued, revocable).
 */
@Path("/settings")
public class SettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(
                OffsetDateTime calendarIssuedAt,
                NewCalendarLinks newCalendar,
                Preferences preferences,
                List<NotificationKind> kinds,
                List<MailLanguage> mailLanguages);
    }

    private final CalendarFeeds feeds;
    private final People people;
    private final MyProjects myProjects;
    private final AccessPolicy access;
    private final LocalisedMessages messages;
    private final List<Locale> languages;

    SettingsPage(
            CalendarFeeds feeds,
            People people,
            MyProjects myProjects,
            AccessPolicy access,
            LocalisedMessages messages,
            @ConfigProperty(name = "quarkus.locales") List<Locale> languages) {
        this.feeds = feeds;
        this.people = people;
        this.myProjects = myProjects;
        this.access = access;
        this.messages = messages;
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page(me(), null);
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
        NewCalendarLinks links = new NewCalendarLinks(
                base + ".ics",
                myProjects.list().stream()
                        .map(ProjectRole::acronym)
                        .distinct()
                        .map(acronym -> new NewCalendarLinks.ProjectLink(acronym, base + "/" + acronym + ".ics"))
                        .toList());
        return page(me, links);
    }

    @POST
    @Path("calendar/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeCalendar() {
        feeds.revoke(me());
        return Flash.redirect(
                "/settings#calendar", messages.get(SettingsMessages.class).calendar_revoked());
    }

    /** The mails the visitor wants (the kinds ticked) and their language; the rest stays in the platform. */
    @POST
    @Path("notifications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseMails(@RestForm("mail") List<String> wanted, @RestForm String language) {
        String tag = languages.stream()
                .map(Locale::toLanguageTag)
                .filter(t -> t.equals(language))
                .findFirst()
                .orElse(null);
        Set<String> muted = NotificationKind.forMembers().stream()
                .map(Enum::name)
                .filter(kind -> wanted == null || !wanted.contains(kind))
                .collect(Collectors.toSet());
        people.choose(access.user(), tag, muted);
        return Flash.redirect(
                "/settings#notifications", messages.get(SettingsMessages.class).mail_choices_saved());
    }

    private TemplateInstance page(Person me, NewCalendarLinks links) {
        List<MailLanguage> mailLanguages = languages.stream()
                .map(locale -> new MailLanguage(locale.toLanguageTag(), locale.getDisplayLanguage(locale)))
                .toList();
        return Templates.settings(
                feeds.issuedAt(me).orElse(null),
                links,
                Preferences.of(me),
                NotificationKind.forMembers(),
                mailLanguages);
    }

    /** A language mails can be written in, named in itself. */
    public record MailLanguage(String tag, String name) {}

    private Person me() {
        return people.person(access.user()).orElseThrow();
    }
}
