package io.advocacy.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, with every violated field when the request was invalid.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param instance the request path
 * @param violations each invalid field and why, for a 400
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, String instance, List<Violation> violations) {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem as its JSON body. */
    public String toJson(ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The answer carrying it: its status, the problem+json media type and body; add headers, then build. */
    public Response.ResponseBuilder toResponse(ObjectMapper json) {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson(json));
    }

    /**
     * One invalid field.
     *
     * @param field the JSON path of the field, for example {@code mentions[2].text}
     * @param message why it is invalid
     */
    public record Violation(String field, String message) {}
}
