package io.advocacy.advocate.identity.rest;

import io.advocacy.advocate.identity.service.MatchSuggestions;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The programme's probable duplicates, for managers to confirm or reject one pair after another. */
@Path("/match-suggestions")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
public class MatchSuggestionResource {

    private final MatchSuggestions suggestions;

    public MatchSuggestionResource(MatchSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(
            summary = "Pairs of profiles that are probably the same person, best first, with a score and the reasons;"
                    + " confirm with /advocates/{id}/merge, reject with /advocates/{id}/distinct")
    public Uni<Page<MatchSuggestionView>> all(
            @Valid @BeanParam PageParams paging,
            @QueryParam("minScore") @DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double minScore) {
        return suggestions.all(minScore, paging.page, paging.size);
    }
}
