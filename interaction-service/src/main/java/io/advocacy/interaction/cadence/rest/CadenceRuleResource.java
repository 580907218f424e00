package io.advocacy.interaction.cadence.rest;

import io.advocacy.interaction.cadence.service.CadenceRuleService;
import io.advocacy.interaction.preference.rest.AdvocateAccess;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The programme's cadences per lifecycle stage and per segment, which a person's own cadence overrides. */
@Path("/cadence-rules")
public class CadenceRuleResource {

    private final CadenceRuleService rules;
    private final AdvocateAccess access;

    public CadenceRuleResource(CadenceRuleService rules, AdvocateAccess access) {
        this.rules = rules;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The programme's cadence rules: stages' first, then segments' by priority, highest first")
    public Uni<List<CadenceRuleView>> list() {
        return rules.list();
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Set the cadence of a lifecycle stage or a segment; 409 when it has one")
    public Uni<Response> create(@NotNull @Valid CadenceRuleRequest request) {
        return rules.create(request, access.caller())
                .map(view ->
                        Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One cadence rule")
    public Uni<CadenceRuleView> get(@PathParam("id") UUID id) {
        return rules.find(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Replace a cadence rule; check-ins already planned stay as they are")
    public Uni<CadenceRuleView> replace(@PathParam("id") UUID id, @NotNull @Valid CadenceRuleRequest request) {
        return rules.replace(id, request, access.caller());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Remove a cadence rule; check-ins already planned stay as they are")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return rules.delete(id).map(ignored -> Response.noContent().build());
    }
}
