package app.hearth.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one place where failures become HTTP answers: every error leaves as application/problem+json
 * (RFC 9457), with one entry per offending field, and never with a stack trace or a class name.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    ObjectMapper json;
    @Inject
    Instance<HtmlErrorPage> htmlPages;

    @ServerExceptionMapper
    public Response hearth(HearthException e, UriInfo uri) {
        if (htmlPages.isResolvable() && HtmlErrorPage.isPage(uri.getPath())) {
            Response page = htmlPages.get().render(e.status(), e.title(), e.getMessage());
            return e.retryAfterSeconds() > 0
                    ? Response.fromResponse(page).header("Retry-After", e.retryAfterSeconds()).build() : page;
        }
        Response.ResponseBuilder answer = problem(e.status(), e.type(), e.title(), e.getMessage(), e.errors());
        if (e.retryAfterSeconds() > 0) {
            answer.header("Retry-After", e.retryAfterSeconds());
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return problem(400, "validation", "Invalid input",
                errors.size() == 1 ? errors.get(0).message() : "Some fields are not valid.", errors).build();
    }

    /** The specific Jackson types are listed so that ours win over Quarkus's built-in mappers for them. */
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class, InvalidFormatException.class,
            ValueInstantiationException.class, com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class})
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = e instanceof InvalidFormatException || e instanceof ValueInstantiationException
                    ? "has an invalid value" : "has the wrong type or shape";
            return problem(400, "validation", "Invalid input", field + " " + message,
                    List.of(new Problem.FieldError(field, message))).build();
        }
        String detail = e instanceof DatabindException ? "The request body does not have the expected shape."
                : "The request body is not well-formed JSON.";
        return problem(400, "malformed-body", "Malformed request body", detail, null).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 404 && htmlPages.isResolvable() && HtmlErrorPage.isPage(uri.getPath())) {
            return htmlPages.get().render(404, "Page not found", "There is nothing at this address.");
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request not accepted";
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested format.";
            case 413 -> "The request body is larger than 64 KiB.";
            case 415 -> "Send the body as application/json.";
            default -> title + ".";
        };
        Response.ResponseBuilder answer = problem(status, title.toLowerCase().replace(' ', '-'), title, detail, null);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }

    /** No token, or one that failed verification (signature, algorithm, issuer, audience, expiry). */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e) {
        return problem(401, "unauthorized", "Unauthorized", "Sign in and send the access token as a Bearer token.",
                null).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "forbidden", "Forbidden", "This account may not do that.", null).build();
    }

    /** A database constraint caught what Java did not: a concurrent change won. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return problem(409, "conflict", "Conflict",
                "The change collides with another one made at the same time. Reload and try again.", null).build();
    }

    @ServerExceptionMapper({PessimisticLockException.class, LockTimeoutException.class})
    public Response busy(RuntimeException e) {
        return problem(503, "busy", "Service busy", "Too many changes at once. Try again in a moment.", null)
                .header("Retry-After", 1).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (MalformedForm.causedBy(e)) {
            // the framework's form reader refused the body (a bad %-escape, over a thousand fields): the client's fault
            String detail = "The form could not be read: it is malformed or has too many fields.";
            return htmlPages.isResolvable() && HtmlErrorPage.isPage(uri.getPath())
                    ? htmlPages.get().render(400, "Invalid input", detail)
                    : problem(400, "malformed-body", "Malformed request body", detail, null).build();
        }
        return unexpected(e);
    }

    public Response unexpected(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            // the database is restarting or out of reach: a clean, retryable answer, and no stack trace per request
            LOG.warnf("Database unavailable: %s", e.getClass().getSimpleName());
            return problem(503, "unavailable", "Service unavailable",
                    "The service is briefly unavailable. Try again in a moment.", null)
                    .header("Retry-After", 5).build();
        }
        if (UnstorableText.causedBy(e)) {
            // a character the database cannot store (NUL) slipped past the field checks: the request is wrong, not us
            return problem(400, "validation", "Invalid input",
                    "The request holds a value that cannot be stored, such as a NUL character or a date out of range.",
                    null).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problem(500, "internal", "Internal error",
                "Something went wrong on our side. Incident " + incident + ".", null).build();
    }

    public Response.ResponseBuilder problem(int status, String type, String title, String detail,
                                            List<Problem.FieldError> errors) {
        Problem body = new Problem("/problems/" + type, title, status, detail, errors);
        try {
            return Response.status(status).type(PROBLEM_JSON).entity(json.writeValueAsString(body));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** "book.request.client.email" becomes "client.email": the method and parameter names mean nothing to a client. */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // "tags.<list element>[0]" reads as "tags[0]" to a client
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "body";
    }
}
