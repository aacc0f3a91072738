package org.consortia.planning;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A page as a {@link Response}. quarkus-rest-qute renders a {@link TemplateInstance} that a resource
 * method returns as such before the response filters run, so web/PageResponses would neither put it in
 * the visitor's language nor add the pages' headers (content policy, no shared caching, clearing the
 * flash message); carried in a Response, the instance is rendered after them.
 */
final class HtmlResponse {

    private HtmlResponse() {
    }

    static Response of(TemplateInstance page) {
        return of(200, page);
    }

    static Response of(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
