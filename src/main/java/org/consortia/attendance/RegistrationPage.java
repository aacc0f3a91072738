package org.consortia.attendance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.HtmlResponse;
import org.consortia.web.InputValidation;
import org.consortia.web.Language;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /register/{key}}: an event's public registration form, for anyone with its address (no account, no
 * JavaScript), and {@code /register/confirm/{token}}, where the link of the confirmation mail leads. A form filled in
 * by a robot (the hidden field {@code website} has a value) is answered as any other and kept nowhere.
 */
@Path("/register")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class RegistrationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(PublicEvent event, ParticipantFields form, FormErrors errors);

        static native TemplateInstance sent(PublicEvent event);

        static native TemplateInstance confirm(String token, PendingRegistration registration);

        static native TemplateInstance confirmed(RegistrationService.Confirmed confirmed);
    }

    private final RegistrationService registrations;
    private final InputValidation validation;
    private final LocalisedMessages messages;
    private final Language language;

    RegistrationPage(
            RegistrationService registrations,
            InputValidation validation,
            LocalisedMessages messages,
            Language language) {
        this.registrations = registrations;
        this.validation = validation;
        this.messages = messages;
        this.language = language;
    }

    @GET
    @Path("{key}")
    public Response form(@PathParam("key") String key) {
        PublicEvent event = registrations.publicEvent(key);
        return HtmlResponse.of(
                event.accepting() ? 200 : 410,
                Templates.register(event, ParticipantFields.blank(), new FormErrors(messages.get())));
    }

    @POST
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(
            @PathParam("key") String key,
            @BeanParam ParticipantFields typed,
            @RestForm String website,
            @Context HttpServerRequest request) {
        PublicEvent event = registrations.publicEvent(key);
        if (website != null && !website.isBlank()) {
            return HtmlResponse.of(Templates.sent(event));
        }
        FormErrors errors = new FormErrors(messages.get());
        ParticipantInput input = typed.input(errors);
        validation.check(input, errors);
        return FormSubmission.send(
                errors,
                () -> {
                    registrations.request(key, input, language.locale().toLanguageTag(), client(request));
                    return HtmlResponse.of(Templates.sent(event));
                },
                () -> Templates.register(registrations.publicEvent(key), typed, errors));
    }

    @GET
    @Path("confirm/{token}")
    public TemplateInstance confirmation(@PathParam("token") String token) {
        return Templates.confirm(token, registrations.pending(token));
    }

    @POST
    @Path("confirm/{token}")
    public Response confirm(@PathParam("token") String token) {
        return HtmlResponse.of(Templates.confirmed(registrations.confirm(token)));
    }

    /** The client's network address (the proxy's {@code X-Forwarded-For} where it is trusted, see operations.md). */
    private static String client(HttpServerRequest request) {
        return request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
    }
}
