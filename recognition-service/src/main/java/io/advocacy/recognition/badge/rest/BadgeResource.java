package io.advocacy.recognition.badge.rest;

import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.badge.service.BadgeMapper;
import io.advocacy.recognition.badge.service.BadgeService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The badges a person can earn. */
@Path("/badges")
public class BadgeResource {

    private final BadgeService service;

    public BadgeResource(BadgeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Every badge definition, by code")
    public Uni<List<BadgeView>> list() {
        return service.all()
                .map(badges -> badges.stream().map(BadgeMapper::toView).toList());
    }
}
