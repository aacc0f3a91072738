package org.consortia.web;

import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.consortia.common.ForbiddenProblem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a state-changing form post to a page unless it comes from one of our own pages: the
 * browser's {@code Sec-Fetch-Site} and {@code Origin} headers must not name another site, and the
 * hidden field {@value #FIELD} must carry the session's synchronizer token (compared in constant
 * time). A public form (an event's registration) has no session: only where it comes from is checked. The API (bearer tokens, never cookies) is out of its scope. A refusal is a 403 page.
 */
public class CsrfGuard {

    public static final String FIELD = "_csrf";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final FormToken token;

    CsrfGuard(FormToken token) {
        this.token = token;
    }

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
        if (SAFE_METHODS.contains(context.getMethod()) || !HtmlRoutes.isPage(routing.normalizedPath())) {
            return;
        }
        String fetchSite = routing.request().getHeader("Sec-Fetch-Site");
        String origin = routing.request().getHeader("Origin");
        if ((fetchSite != null && !OWN_SITE.contains(fetchSite))
                || (origin != null && !sameOrigin(origin, context.getUriInfo().getBaseUri()))) {
            throw new ForbiddenProblem(
                    "This form was sent from another site; Consortia only takes forms from its own" + " pages.");
        }
        if (HtmlRoutes.isPublicForm(routing.normalizedPath())) {
            return;
        }
        Object given = context.getServerRequestContext() instanceof ResteasyReactiveRequestContext request
                ? request.getFormParameter(FIELD, true, false)
                : null;
        Optional<String> expected = token.current();
        if (expected.isEmpty() || !CsrfTokens.matches(expected.get(), given == null ? null : given.toString())) {
            throw new ForbiddenProblem("This form has expired or did not come from Consortia's pages; reload the page"
                    + " and send it again.");
        }
    }

    private static boolean sameOrigin(String origin, URI base) {
        try {
            URI given = URI.create(origin);
            return given.getScheme() != null
                    && given.getHost() != null
                    && base.getScheme().equalsIgnoreCase(given.getScheme())
                    && base.getHost().equalsIgnoreCase(given.getHost())
                    && port(base) == port(given);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
