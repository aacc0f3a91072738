package org.consortia.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one-line confirmation shown on the page a form redirects to (post/redirect/get): carried by a
 * short-lived cookie, shown once, then cleared by {@link PageResponses}.
 */
@RequestScoped
public class Flash {

    static final String COOKIE = "consortia-flash";
    private static final int MAX_LENGTH = 500;

    private final RoutingContext request;

    Flash(RoutingContext request) {
        this.request = request;
    }

    /** A 303 to {@code path} that shows {@code message} there. */
    public static Response redirect(String path, String message) {
        String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
        return Response.seeOther(URI.create(path))
                .cookie(new NewCookie.Builder(COOKIE)
                        .value(URLEncoder.encode(text, StandardCharsets.UTF_8))
                        .path("/")
                        .maxAge(60)
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build())
                .build();
    }

    /** The message the previous form left for this page, if any. */
    public Optional<String> message() {
        Cookie cookie = request.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }
}
