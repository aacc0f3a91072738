package org.consortia.security;

import io.vertx.core.Context;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Names the person acting in a request, and their organisations, in every log line the request writes after its
 * endpoint is found ({@code person} and {@code organisation} of the JSON log). The request id is named before, by
 * {@code operations/RequestLogContext}.
 */
public class ActingPersonLog {

    private final CurrentUser user;

    ActingPersonLog(CurrentUser user) {
        this.user = user;
    }

    /** On the worker thread of the platform's endpoints, where the lazily authenticated caller may be read. */
    @ServerRequestFilter
    public void name() {
        if (!Context.isOnEventLoopThread() && !user.isAnonymous()) {
            MDC.put("person", user.username());
            MDC.put("organisation", String.join(",", user.organisations()));
        }
    }
}
