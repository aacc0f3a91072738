package org.consortia.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.consortia.common.FieldError;
import org.consortia.common.Problem;
import org.consortia.common.ProblemException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} answer on the API, and into an
 * error page for people on the pages.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response answer = respond(e.status(), e.getMessage(), e.errors(), uri);
        e.headers().forEach(answer.getHeaders()::putSingle);
        return answer;
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, detail, errors, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(400, "The request body is not valid JSON or YAML: " + e.getOriginalMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unmappableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        String message =
                e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "").replaceAll("\\s+at \\[.*", "");
        return respond(
                400,
                "The request body does not match the expected shape" + (field.isEmpty() ? "" : " at " + field) + ": "
                        + message,
                field.isEmpty() ? List.of() : List.of(new FieldError(field, message)),
                uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(400, "The request body could not be read: " + e.getOriginalMessage(), List.of(), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentWrite(RuntimeException e, UriInfo uri) {
        return respond(
                409, "Someone else changed this resource at the same moment; read it again and retry.", List.of(), uri);
    }

    /**
     * Not signed in: on the API a 401 problem with the bearer challenge; on a page, the identity
     * provider's login (the OIDC extension's own challenge).
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri, RoutingContext routing) {
        if (!uri.getPath().startsWith("/api/")) {
            return new UnauthorizedExceptionMapper().handle(routing);
        }
        return Uni.createFrom()
                .item(Response.fromResponse(respond(
                                401,
                                "Sign in: this API needs a valid bearer"
                                        + " token from the platform's identity provider.",
                                List.of(),
                                uri))
                        .header("WWW-Authenticate", "Bearer")
                        .build());
    }

    /** A database constraint caught what the services' checks let through (two writes racing). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.warnf("Database constraint %s refused a write", e.getConstraintName());
        return respond(
                409,
                "The change conflicts with the stored data (constraint " + e.getConstraintName() + ").",
                List.of(),
                uri);
    }

    /**
     * A value the database takes for no text or number of its kind (a NUL character, a number out of range):
     * the client's, since every value stored or looked up comes from a request. The transaction is rolled back.
     */
    @ServerExceptionMapper
    public Response invalidValue(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.debugf("The database refused a value: %s", e.getSQLException().getMessage());
        return respond(
                400,
                "A value of the request cannot be stored or looked up (for instance a NUL character or"
                        + " a number out of range).",
                List.of(),
                uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(original.getStatus(), e.getMessage(), List.of(), uri, original);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isMalformedForm(e)) {
            return respond(
                    400,
                    "The body is not a valid form (application/x-www-form-urlencoded): to upload a file,"
                            + " send it with its own Content-Type or application/octet-stream",
                    List.of(),
                    uri);
        }
        LOG.error("Unexpected error", e);
        return respond(500, "An unexpected error occurred; it has been logged.", List.of(), uri);
    }

    /**
     * A body sent as {@code application/x-www-form-urlencoded} that is no such form (curl's {@code --data-binary}
     * of a file does that): Quarkus REST parses every form body before any resource method, and its decoder
     * says so with an {@link IllegalArgumentException} of its own.
     */
    private static boolean isMalformedForm(Exception e) {
        return e instanceof IllegalArgumentException
                && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils");
    }

    private static Response respond(int status, String detail, List<FieldError> errors, UriInfo uri) {
        return respond(status, detail, errors, uri, null);
    }

    private static Response respond(
            int status, String detail, List<FieldError> errors, UriInfo uri, Response original) {
        if (HtmlRoutes.isPage(uri.getPath())) {
            return ErrorPage.of(status, detail);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
        Response.ResponseBuilder builder =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (original != null) {
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
        }
        return builder.build();
    }

    /**
     * {@code create.input.deliverables[2].code} → {@code deliverables[2].code}: the path inside the body; an element of
     * a list is named by its index ({@code event.languages[0]}).
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
