package io.advocacy.interaction.cadence.rest;

import io.advocacy.interaction.cadence.service.ConsistencyService;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How consistently a manager keeps their interactions, and how quickly they thank. */
@Path("/managers/{username}/consistency")
public class ManagerConsistencyResource {

    private final ConsistencyService consistency;

    public ManagerConsistencyResource(ConsistencyService consistency) {
        this.consistency = consistency;
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "A manager's interactions kept, late, missed and upcoming, the share kept, thank-you times")
    public Uni<ManagerConsistencyView> of(@PathParam("username") String username) {
        return consistency.ofManager(username);
    }
}
