package io.advocacy.recognition.level.rest;

import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.security.Roles;
import io.advocacy.platform.security.SelfService;
import io.advocacy.recognition.level.service.LevelService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's recognition: badges and levels. */
@Path("/advocates/{advocateId}/recognition")
public class RecognitionResource {

    private final LevelService service;
    private final SecurityIdentity identity;

    public RecognitionResource(LevelService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "The person's standing badges, the levels reached and what the next levels still need")
    public Uni<RecognitionView> get(@PathParam("advocateId") UUID advocateId) {
        if (!identity.hasRole(Roles.INTEGRATOR) && !SelfService.mayActFor(identity, advocateId)) {
            return Uni.createFrom()
                    .failure(new ProblemException(403, "Forbidden", "an advocate may only read their own recognition"));
        }
        return service.recognition(advocateId);
    }
}
