package org.consortia.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /language?lang=fr&return=/projects/FORESEE}: remembers the visitor's language for a year
 * and goes back to the page they were on. It changes only how pages read, so a plain link does it.
 */
@Path("/language")
public class LanguageSwitch {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final Language language;

    LanguageSwitch(Language language) {
        this.language = language;
    }

    @GET
    @PermitAll
    public Response choose(@RestQuery String lang, @RestQuery("return") String returnTo) {
        Response.ResponseBuilder back = Response.seeOther(URI.create(LocalPath.orHome(returnTo)));
        language.supported(lang)
                .ifPresent(locale -> back.cookie(new NewCookie.Builder(Language.COOKIE)
                        .value(locale.getLanguage())
                        .path("/")
                        .maxAge(ONE_YEAR)
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build()));
        return back.build();
    }
}
