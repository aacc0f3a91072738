package org.consortia.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Over HTTPS (directly, or through a proxy's {@code X-Forwarded-Proto}), the platform's own cookies —
 * the flash message, the language — are {@code Secure}, like the session cookie: never sent back over
 * plain HTTP.
 */
public class SecureCookies {

    @ServerResponseFilter
    public void secure(ContainerResponseContext response, RoutingContext routing) {
        List<Object> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies == null || !"https".equals(routing.request().scheme())) {
            return;
        }
        cookies.replaceAll(cookie -> cookie instanceof NewCookie given
                ? secure(given)
                : cookie.toString().contains("; Secure") ? cookie : cookie + "; Secure");
    }

    private static NewCookie secure(NewCookie cookie) {
        return new NewCookie.Builder(cookie.getName())
                .value(cookie.getValue())
                .path(cookie.getPath())
                .domain(cookie.getDomain())
                .comment(cookie.getComment())
                .maxAge(cookie.getMaxAge())
                .expiry(cookie.getExpiry())
                .httpOnly(cookie.isHttpOnly())
                .sameSite(cookie.getSameSite())
                .secure(true)
                .build();
    }
}
