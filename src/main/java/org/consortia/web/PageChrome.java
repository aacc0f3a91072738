package org.consortia.web;

import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the layout of every page needs, whatever the page: who is signed in, the language and the
 * switch to the others, the form token and the flash message. Templates read it as {@code inject:chrome}.
 */
@Named("chrome")
@RequestScoped
public class PageChrome {

    private final Visitor user;
    private final Language language;
    private final FormToken token;
    private final Flash flash;
    private final RoutingContext request;
    private final UnreadNotices unread;
    private Long unreadCount;

    PageChrome(
            Visitor user,
            Language language,
            FormToken token,
            Flash flash,
            RoutingContext request,
            UnreadNotices unread) {
        this.user = user;
        this.language = language;
        this.token = token;
        this.flash = flash;
        this.request = request;
        this.unread = unread;
    }

    /**
     * Whether someone is signed in. A page for an address nothing answers (a 404 before any resource)
     * is rendered on the I/O thread, where the session may not be read: it shows the anonymous header.
     */
    public boolean signedIn() {
        return !Context.isOnEventLoopThread() && !user.isAnonymous();
    }

    /** Whether the header links to the visitor's timesheets. */
    public boolean keepsTimesheets() {
        return signedIn() && user.keepsTimesheets();
    }

    /** The name to greet the visitor with. */
    public String displayName() {
        String name = user.name();
        return name != null && !name.isBlank() ? name : user.username();
    }

    public String lang() {
        return language.tag();
    }

    public List<Language.Choice> languages() {
        return language.choices();
    }

    /** The link that switches to {@code code} and comes back to this page. */
    public String switchTo(String code) {
        String here = request.request().uri();
        return "/language?lang=" + code + "&return=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    public String csrfField() {
        return CsrfGuard.FIELD;
    }

    public String csrfToken() {
        return token.current().orElse("");
    }

    /** How many notices the visitor has not read (0 when not signed in); counted once per page. */
    public long unreadNotices() {
        if (unreadCount == null) {
            unreadCount = signedIn() ? unread.count(user) : 0;
        }
        return unreadCount;
    }

    public String flash() {
        return flash.message().orElse(null);
    }
}
