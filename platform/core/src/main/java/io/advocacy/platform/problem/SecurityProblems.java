package io.advocacy.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a missing, bad or expired token (401) and a missing role (403) with problem+json too: the token is checked
 * before the request reaches a resource, so its failures are answered from the router, and role checks from the
 * resource layer.
 */
@ApplicationScoped
public class SecurityProblems {

    private final ObjectMapper json;

    public SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    void answerFromTheRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended()
                || !(failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException)) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(unauthorized(context.request().path()).toJson(json));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri.getPath())
                .toResponse(json)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(new UnauthorizedException(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return new Problem(
                        "about:blank",
                        "Forbidden",
                        403,
                        "the token's roles do not allow this; ask a programme admin for the role it needs",
                        uri.getPath(),
                        List.of())
                .toResponse(json)
                .build();
    }

    private static Problem unauthorized(String path) {
        return new Problem(
                "about:blank",
                "Unauthorized",
                401,
                "a valid bearer token from the programme's Keycloak realm is required (missing, expired, not signed"
                        + " by the realm, or issued by another one)",
                path,
                List.of());
    }
}
