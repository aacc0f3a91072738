package org.consortia.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language of the pages for this request: the visitor's choice (a cookie set by the language
 * switch), else the browser's preference among the languages the platform speaks, else the default.
 * The languages are {@code quarkus.locales}; each has its messages/msg_xx.properties.
 */
@RequestScoped
public class Language {

    static final String COOKIE = "consortia-lang";

    private final RoutingContext request;
    private final List<Locale> supported;
    private final Locale fallback;
    private Locale chosen;

    Language(
            RoutingContext request,
            @ConfigProperty(name = "quarkus.locales") List<Locale> supported,
            @ConfigProperty(name = "quarkus.default-locale") Locale fallback) {
        this.request = request;
        this.supported = supported;
        this.fallback = fallback;
    }

    public Locale locale() {
        if (chosen == null) {
            chosen = fromCookie().or(this::fromBrowser).orElse(fallback);
        }
        return chosen;
    }

    /** The language tag, for {@code <html lang>}. */
    public String tag() {
        return locale().toLanguageTag();
    }

    /** The languages the platform speaks, each with its own name (English, Français…). */
    public List<Choice> choices() {
        return supported.stream()
                .map(locale -> new Choice(
                        locale.getLanguage(),
                        capitalised(locale.getDisplayLanguage(locale), locale),
                        locale.getLanguage().equals(locale().getLanguage())))
                .toList();
    }

    /** A supported language for a tag a visitor sent, if the platform speaks it. */
    Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return supported.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }

    private Optional<Locale> fromCookie() {
        Cookie cookie = request.request().getCookie(COOKIE);
        return cookie == null ? Optional.empty() : supported(cookie.getValue());
    }

    private Optional<Locale> fromBrowser() {
        String header = request.request().getHeader("Accept-Language");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> supported(range.getRange().equals("*") ? null : range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** A language a visitor may switch to. */
    public record Choice(String code, String name, boolean current) {}
}
