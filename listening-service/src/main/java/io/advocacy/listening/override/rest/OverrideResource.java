package io.advocacy.listening.override.rest;

import io.advocacy.listening.override.service.OverrideCatalogue;
import io.advocacy.listening.override.service.OverrideService;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A programme's sentiment overrides: phrases the lexicon gets wrong for it, such as a product named "War Zone",
 * neutralised or re-weighted without a release. They apply to mentions scored from then on.
 */
@Path("/programmes/{programme}/sentiment-overrides")
public class OverrideResource {

    private final OverrideService overrides;
    private final OverrideCatalogue catalogue;
    private final SecurityIdentity identity;

    public OverrideResource(OverrideService overrides, OverrideCatalogue catalogue, SecurityIdentity identity) {
        this.overrides = overrides;
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ADVOCATE_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "The programme's overrides, by phrase")
    public Uni<List<OverrideView>> list(@PathParam("programme") String programme) {
        return overrides.list(programme);
    }

    @PUT
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Set how a phrase scores in the programme's mentions (0 neutralises it)")
    public Uni<OverrideView> put(@PathParam("programme") String programme, @NotNull @Valid OverrideRequest request) {
        return overrides
                .put(
                        programme,
                        request.phrase(),
                        request.valence(),
                        identity.getPrincipal().getName())
                .invoke(catalogue::invalidate);
    }

    @DELETE
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Remove the override of a phrase")
    public Uni<Response> delete(
            @PathParam("programme") String programme, @QueryParam("phrase") @NotBlank String phrase) {
        return overrides.delete(programme, phrase).invoke(catalogue::invalidate).map(ignored -> Response.noContent()
                .build());
    }
}
