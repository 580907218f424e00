package io.advocacy.interaction.cadence.rest;

import io.advocacy.interaction.cadence.service.CadenceService;
import io.advocacy.interaction.cadence.service.ConsistencyService;
import io.advocacy.interaction.preference.rest.AdvocateAccess;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An advocate's cadence of check-ins, and how consistently they are kept. */
@Path("/advocates/{advocateId}")
public class CadenceResource {

    private final CadenceService cadences;
    private final ConsistencyService consistency;
    private final AdvocateAccess access;

    public CadenceResource(CadenceService cadences, ConsistencyService consistency, AdvocateAccess access) {
        this.cadences = cadences;
        this.consistency = consistency;
        this.access = access;
    }

    @GET
    @Path("/cadence")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "An advocate's cadence; an advocate may read only their own")
    public Uni<CadenceView> get(@PathParam("advocateId") UUID advocateId) {
        access.check(advocateId);
        return cadences.find(advocateId);
    }

    @PUT
    @Path("/cadence")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Set an advocate's cadence: an RFC 5545 rule, a first day, a local time and a length")
    public Uni<CadenceView> put(@PathParam("advocateId") UUID advocateId, @NotNull @Valid CadenceRequest request) {
        return cadences.replace(advocateId, request, access.caller());
    }

    @GET
    @Path("/consistency")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "How many check-ins were kept, late and missed, and the share kept")
    public Uni<ConsistencyView> consistency(@PathParam("advocateId") UUID advocateId) {
        return consistency.of(advocateId);
    }
}
