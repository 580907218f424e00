package io.advocacy.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body declared larger than {@code advocacy.http.max-body-bytes} with a 413 problem+json before reading it.
 * Quarkus's own limit ({@code quarkus.http.limits.max-body-size}, set higher) stays as the backstop for bodies sent
 * without a length, which it answers with a bare 413.
 */
public class BodySizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "advocacy.http.max-body-bytes") long maxBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversized(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            return Optional.empty();
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (declared <= maxBytes) {
            return Optional.empty();
        }
        Problem problem = new Problem(
                "about:blank",
                "Content Too Large",
                413,
                "the body has " + declared + " bytes; at most " + maxBytes + " are accepted",
                request.getUriInfo().getPath(),
                List.of());
        return Optional.of(problem.toResponse(json).build());
    }
}
