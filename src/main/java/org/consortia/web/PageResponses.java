package org.consortia.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every rendered page: in the visitor's language, never cached by shared caches, with a content
 * policy that allows nothing but this site (no CDN, no third party), and the flash message cleared
 * once shown. (The language itself is set on each template as it is created: {@link PageLocale}.)
 */
public class PageResponses {

    static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final Language language;

    PageResponses(Language language) {
        this.language = language;
    }

    @ServerResponseFilter
    public void secure(ContainerResponseContext response, RoutingContext routing) {
        MediaType type = response.getMediaType();
        if (type == null
                || !type.isCompatible(MediaType.TEXT_HTML_TYPE)
                || !HtmlRoutes.isPage(routing.normalizedPath())) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Language, Cookie");
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.getHeaders().putSingle("Content-Security-Policy", CONTENT_POLICY);
        if (routing.request().getCookie(Flash.COOKIE) != null) {
            response.getHeaders()
                    .add(HttpHeaders.SET_COOKIE, Flash.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        }
    }
}
