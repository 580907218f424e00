package io.advocacy.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers every error as RFC 9457 problem+json: never a stack trace, always each violated field. */
public class ProblemMappers {

    private static final String INVALID_REQUEST = "/problems/invalid-request";

    private final ObjectMapper json;

    public ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return answer(new Problem(
                INVALID_REQUEST,
                "Invalid request",
                400,
                violations.size() + " field(s) are invalid",
                uri.getPath(),
                violations));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return answer(new Problem(
                INVALID_REQUEST,
                "Invalid request",
                400,
                "body is not valid JSON: " + e.getOriginalMessage(),
                uri.getPath(),
                List.of()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response serviceRule(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder answer = new Problem(
                        "about:blank", e.title(), e.status(), e.getMessage(), uri.getPath(), e.violations())
                .toResponse(json);
        if (e.retryAfterSeconds() != null) {
            answer.header("Retry-After", e.retryAfterSeconds());
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        return answer(new Problem("about:blank", title, status, e.getMessage(), uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error on %s, reference %s", uri.getPath(), reference);
        return answer(new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "The request failed on our side; quote reference " + reference,
                uri.getPath(),
                List.of()));
    }

    private Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "";
        String message = e.getOriginalMessage() == null ? "cannot be read" : firstLine(e.getOriginalMessage());
        List<Problem.Violation> violations =
                field.isEmpty() ? List.of() : List.of(new Problem.Violation(field, message));
        return answer(new Problem(INVALID_REQUEST, "Invalid request", 400, message, uri.getPath(), violations));
    }

    private Response answer(Problem problem) {
        return problem.toResponse(json).build();
    }

    /**
     * The field path as a client wrote it, for example {@code mentions[2].text} or {@code texts[1]}: method and
     * parameter nodes dropped, each list index put after the list's name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts an element's index on the node after the list, not on the list itself.
            if (node.isInIterable() && !field.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    field.append('[').append(position).append(']');
                }
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
