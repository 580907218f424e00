package io.advocacy.interaction.outcome.rest;

import io.advocacy.interaction.outcome.service.OutcomeService;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Whether the person attended an interaction and what they said, recorded once by a manager. */
@Path("/interactions/{id}/outcome")
public class OutcomeResource {

    private final OutcomeService service;
    private final SecurityIdentity identity;

    public OutcomeResource(OutcomeService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Record attendance and feedback; completed when attended, else missed; 409 when recorded")
    public Uni<OutcomeView> record(@PathParam("id") UUID id, @NotNull @Valid OutcomeRequest request) {
        return service.record(id, request, identity.getPrincipal().getName());
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The recorded outcome of an interaction")
    public Uni<OutcomeView> get(@PathParam("id") UUID id) {
        return service.find(id);
    }
}
