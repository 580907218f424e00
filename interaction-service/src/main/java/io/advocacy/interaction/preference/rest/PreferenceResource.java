package io.advocacy.interaction.preference.rest;

import io.advocacy.interaction.preference.service.PreferenceService;
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

/** How, when and in which language an advocate likes to be contacted, and whether they want a pause. */
@Path("/advocates/{advocateId}/preferences")
public class PreferenceResource {

    private final PreferenceService service;
    private final AdvocateAccess access;

    public PreferenceResource(PreferenceService service, AdvocateAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "An advocate's preferences; an advocate may read only their own")
    public Uni<PreferencesView> get(@PathParam("advocateId") UUID advocateId) {
        access.check(advocateId);
        return service.find(advocateId);
    }

    @PUT
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "Replace an advocate's preferences; an advocate may write only their own")
    public Uni<PreferencesView> put(
            @PathParam("advocateId") UUID advocateId, @NotNull @Valid PreferencesRequest request) {
        access.check(advocateId);
        return service.replace(advocateId, request, access.caller());
    }
}
