package io.advocacy.advocate.lifecycle.rest;

import io.advocacy.advocate.lifecycle.service.LifecycleService;
import io.advocacy.advocate.profile.rest.AdvocateView;
import io.advocacy.advocate.profile.rest.IfMatch;
import io.advocacy.advocate.profile.rest.ProfileTag;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Moves people through the lifecycle and shows who moved them, when and why. */
@Path("/advocates/{id}")
public class StageResource {

    private final LifecycleService lifecycle;
    private final SecurityIdentity identity;

    public StageResource(LifecycleService lifecycle, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @POST
    @Path("/stage")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(
            summary = "Move a person to another stage, with a reason; 409 names the allowed next stages, 412 when"
                    + " If-Match is not the profile's current ETag")
    public Uni<RestResponse<AdvocateView>> changeStage(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StageChangeRequest request) {
        return lifecycle
                .changeStage(
                        id,
                        request,
                        new IfMatch(ifMatch),
                        identity.getPrincipal().getName())
                .map(ProfileTag::ok);
    }

    @GET
    @Path("/stage-history")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Every move of this person through the lifecycle: by whom, when and why")
    public Uni<List<StageChangeView>> history(@PathParam("id") UUID id) {
        return lifecycle.history(id);
    }
}
