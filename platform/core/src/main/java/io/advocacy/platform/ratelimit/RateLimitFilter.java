package io.advocacy.platform.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers a client over its rate limit with 429 problem+json and Retry-After, before any work is done. */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public RateLimitFilter(RateLimiter limiter, SecurityIdentity identity, ObjectMapper json) {
        this.limiter = limiter;
        this.identity = identity;
        this.json = json;
    }

    @ServerRequestFilter(preMatching = false)
    public Optional<Response> limit(UriInfo uri, HttpServerRequest request) {
        String address = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        OptionalLong retryAfter = limiter.take(ClientKey.of(identity, address));
        if (retryAfter.isEmpty()) {
            return Optional.empty();
        }
        Problem problem = new Problem(
                "/problems/rate-limited",
                "Too Many Requests",
                429,
                "this client made more requests than its limit allows; retry after " + retryAfter.getAsLong()
                        + " s, or ask the operator for a higher limit (advocacy.rate-limit.clients.<client id>)",
                uri.getPath(),
                List.of());
        return Optional.of(problem.toResponse(json)
                .header(HttpHeaders.RETRY_AFTER, retryAfter.getAsLong())
                .build());
    }
}
