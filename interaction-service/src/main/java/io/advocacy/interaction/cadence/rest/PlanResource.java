package io.advocacy.interaction.cadence.rest;

import io.advocacy.interaction.cadence.service.CadencePlanner;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Plans the next check-ins of every advocate with a cadence. */
@Path("/cadence/plan")
public class PlanResource {

    private final CadencePlanner planner;

    public PlanResource(CadencePlanner planner) {
        this.planner = planner;
    }

    @POST
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Schedule the check-ins due until a time (from now unless from is given); idempotent")
    public Uni<PlanView> plan(
            @NotNull @QueryParam("until") OffsetDateTime until, @QueryParam("from") OffsetDateTime from) {
        return planner.plan(from == null ? OffsetDateTime.now(ZoneOffset.UTC) : from, until);
    }
}
