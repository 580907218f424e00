package io.advocacy.interaction.kpi.rest;

import io.advocacy.interaction.kpi.service.ResponseTimes;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Key figures of the relationship work. */
@Path("/kpis")
public class KpiResource {

    private final ResponseTimes responseTimes;

    public KpiResource(ResponseTimes responseTimes) {
        this.responseTimes = responseTimes;
    }

    @GET
    @Path("/response-times")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "From trigger to done: a thank-you's time from the mention's publication to its outcome")
    public Uni<ResponseTimesView> responseTimes(
            @QueryParam("kind")
                    @DefaultValue("thank-you")
                    @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be an interaction kind such as thank-you")
                    String kind,
            @QueryParam("manager") String manager) {
        return responseTimes.of(kind, manager);
    }
}
