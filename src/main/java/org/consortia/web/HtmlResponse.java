package org.consortia.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A page as a {@link Response}: the form pages answer 200, or the status of the problem that refused a form. */
public final class HtmlResponse {

    private HtmlResponse() {}

    public static Response of(TemplateInstance page) {
        return of(200, page);
    }

    public static Response of(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }
}
