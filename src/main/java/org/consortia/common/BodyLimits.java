package org.consortia.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds each request body to its endpoint's limit before a byte of it is read: a JSON or form body to
 * {@code consortia.bodies.small}, a plan to {@code consortia.bodies.plan}; only the uploads ({@link LargeBody})
 * take up to the HTTP layer's limit. Such a small body must say its length, so that it is refused on its
 * header rather than read first.
 */
public class BodyLimits {

    private final BodiesConfig config;

    BodyLimits(BodiesConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(priority = 100)
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        LargeBody large = method == null ? null : method.getAnnotation(LargeBody.class);
        if (!hasBody(request) || (large != null && large.value() == LargeBody.Kind.FILE)) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            throw BodyTooLargeProblem.lengthUnknown();
        }
        long max = large == null
                ? config.small().asLongValue()
                : large.value() == LargeBody.Kind.PLAN
                        ? config.plan().asLongValue()
                        : config.list().asLongValue();
        if (declaredLength(length) > max) {
            throw BodyTooLargeProblem.over(max);
        }
    }

    /** Whether the request carries a body: a declared length, or a chunked one. */
    public static boolean hasBody(ContainerRequestContext request) {
        return request.getHeaderString(HttpHeaders.CONTENT_LENGTH) != null
                || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE;
        }
    }
}
