package org.consortia.operations;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every log line of a request carries its id — the proxy's {@code X-Request-Id}, or a new one — which the
 * response returns, so an operator can follow one request across instances and the proxy's log; the
 * acting person and organisation are added once known ({@code security/ActingPersonLog}). In production the log is
 * JSON with these fields (MDC).
 */
public class RequestLogContext {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @ServerRequestFilter(preMatching = true)
    public void identify(RoutingContext routing) {
        String given = routing.request().getHeader(HEADER);
        MDC.put(
                "requestId",
                given != null && SAFE_ID.matcher(given).matches()
                        ? given
                        : UUID.randomUUID().toString());
    }

    @ServerResponseFilter
    public void answer(ContainerResponseContext response) {
        Object id = MDC.get("requestId");
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
    }
}
