package org.consortia.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.jboss.resteasy.reactive.common.headers.HeaderUtil;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.request.AcceptHeaders;

/**
 * The {@code Accept} and {@code Accept-Language} headers that Quarkus REST cannot read. It reads them late, when
 * it picks a writer, a template's variant or a page's language, where its parse error becomes a 500. Such a header
 * is taken off the request at the HTTP layer, before anything reads it, and the request is refused with a 400 that
 * names it. A blank one counts as absent.
 */
@ApplicationScoped
public class NegotiationHeaders {

    private static final String MALFORMED = "consortia.malformed-header";

    private static final List<String> NEGOTIATION = List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE);

    void register(@Observes Filters filters) {
        filters.register(NegotiationHeaders::takeOffUnreadable, 10_000);
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseUnreadable(RoutingContext routing) {
        String header = routing.get(MALFORMED);
        if (header != null) {
            throw new InvalidDataProblem(
                    header, "The " + header + " header cannot be read: send a valid one, or none.");
        }
    }

    /** Whether Quarkus REST's own parsers read this value of {@code Accept} or {@code Accept-Language}. */
    public static boolean readable(String header, String value) {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        headers.add(header, value);
        try {
            if (header.equalsIgnoreCase(HttpHeaders.ACCEPT)) {
                HeaderUtil.getAcceptableMediaTypes(headers);
                AcceptHeaders.getMediaTypeQualityValues(value);
            } else {
                HeaderUtil.getAcceptableLanguages(headers);
                AcceptHeaders.getLocaleQualityValues(value);
            }
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static void takeOffUnreadable(RoutingContext routing) {
        MultiMap headers = routing.request().headers();
        for (String header : NEGOTIATION) {
            List<String> values = headers.getAll(header);
            if (values.stream().allMatch(String::isBlank)) {
                headers.remove(header);
            } else if (!values.stream().allMatch(value -> value.isBlank() || readable(header, value))) {
                headers.remove(header);
                routing.put(MALFORMED, header);
            }
        }
        routing.next();
    }
}
