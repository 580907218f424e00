package io.advocacy.recognition.reward.rest;

import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.reward.service.GrantService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Rewards granted to advocates, their fulfilment and its ledger. */
@Path("/grants")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
public class GrantResource {

    private final GrantService service;
    private final SecurityIdentity identity;

    public GrantResource(GrantService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Offer a catalogue reward to an advocate")
    public Uni<Response> grant(@NotNull @Valid GrantRequest request, UriInfo uri) {
        return service.grant(request, identity.getPrincipal().getName()).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One grant with every move of its fulfilment")
    public Uni<GrantView> get(@PathParam("id") UUID id) {
        return service.find(id);
    }

    @POST
    @Path("/{id}/status")
    @Operation(
            summary = "Move a grant on: offered to accepted, declined or cancelled; accepted to fulfilled or cancelled")
    public Uni<GrantView> move(@PathParam("id") UUID id, @NotNull @Valid GrantMove move) {
        return service.move(id, move, identity.getPrincipal().getName());
    }
}
