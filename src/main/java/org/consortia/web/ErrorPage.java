package org.consortia.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The page a person sees instead of a problem document: what went wrong, in their language, and a way on. */
public final class ErrorPage {

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String detail);
    }

    private ErrorPage() {}

    /** The detail (written for people, in English) is shown for a client's mistake, never for a server error. */
    public static Response of(int status, String detail) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, status < 500 ? detail : null))
                .build();
    }
}
