package io.advocacy.listening.sentiment.rest;

import io.advocacy.listening.sentiment.SentimentScorer;
import io.advocacy.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Scores text for integrators without ingesting it. */
@Path("/sentiment")
public class SentimentResource {

    private final SentimentScorer scorer;

    public SentimentResource(SentimentScorer scorer) {
        this.scorer = scorer;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Score up to 1,000 texts without storing them: one score per text, in the order sent")
    public ScoreResponse score(@NotNull @Valid ScoreRequest request) {
        return new ScoreResponse(request.texts().stream().map(scorer::score).toList());
    }
}
