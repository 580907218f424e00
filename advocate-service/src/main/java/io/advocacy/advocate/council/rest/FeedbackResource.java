package io.advocacy.advocate.council.rest;

import io.advocacy.advocate.council.service.FeedbackService;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.security.Roles;
import io.advocacy.platform.security.SelfService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Structured feedback asked of a council's members, their responses and the results. */
@Path("/councils/{id}/feedback-requests")
public class FeedbackResource {

    private final FeedbackService service;
    private final SecurityIdentity identity;

    public FeedbackResource(FeedbackService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Ask the council's members questions: text, a scale from 1 to 5, or a choice among options")
    public Uni<Response> ask(@PathParam("id") UUID id, @NotNull @Valid FeedbackRequestBody body, UriInfo uri) {
        return service.ask(id, body, identity.getPrincipal().getName()).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(
            summary = "The council's feedback requests with their questions, newest first; advocates see them"
                    + " while they are members")
    public Uni<List<FeedbackRequestView>> list(@PathParam("id") UUID id) {
        return service.list(id, CouncilResource.councilCaller(identity), ownId());
    }

    @POST
    @Path("/{requestId}/responses")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "A current member responds once, answering every question (a manager may for them)")
    public Uni<Response> respond(
            @PathParam("id") UUID id,
            @PathParam("requestId") UUID requestId,
            @NotNull @Valid FeedbackAnswersBody body) {
        UUID member = body.advocateId() != null ? body.advocateId() : ownId();
        if (member == null) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "name the member who responds",
                    List.of(new Problem.Violation("advocateId", "must be given when a manager responds for a member")));
        }
        return service.respond(id, requestId, member, body, CouncilResource.councilCaller(identity))
                .map(results -> Response.status(201).entity(results).build());
    }

    @GET
    @Path("/{requestId}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The results: per question the answers, mean score and counts, and who responded")
    public Uni<FeedbackResultsView> results(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId) {
        return service.results(id, requestId);
    }

    /** The advocate id of an advocate caller, from their token's claim; null for anyone else. */
    private UUID ownId() {
        if (!identity.hasRole(Roles.ADVOCATE)) {
            return null;
        }
        Object claimed = identity.getPrincipal() instanceof JsonWebToken token
                ? token.getClaim(SelfService.ADVOCATE_ID_CLAIM)
                : null;
        if (claimed == null) {
            return null;
        }
        try {
            return UUID.fromString(claimed.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
