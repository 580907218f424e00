package io.advocacy.recognition.badge.rest;

import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.award.service.AwardService;
import io.advocacy.recognition.badge.service.BadgeMapper;
import io.advocacy.recognition.badge.service.BadgeService;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The badges a person can earn, defined by programme admins. */
@Path("/badges")
public class BadgeResource {

    private final BadgeService service;
    private final AwardService awards;

    public BadgeResource(BadgeService service, AwardService awards) {
        this.service = service;
        this.awards = awards;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Every badge definition, by code, retired ones included")
    public Uni<List<BadgeView>> list() {
        return service.all()
                .map(badges -> badges.stream().map(BadgeMapper::toView).toList());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One badge definition")
    public Uni<BadgeView> get(@PathParam("code") String code) {
        return service.find(code).map(BadgeMapper::toView);
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Define a badge with its criteria as data; 400 names every invalid field, 409 a taken code")
    public Uni<Response> define(@NotNull @Valid BadgeRequest request, UriInfo uri) {
        return service.define(request).map(BadgeMapper::toView).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Change a badge's definition; awards already made stand")
    public Uni<BadgeView> redefine(@PathParam("code") String code, @NotNull @Valid BadgeRequest request) {
        return service.redefine(code, request).map(BadgeMapper::toView);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Retire a badge: no longer awarded, its awards stand")
    public Uni<BadgeView> retire(@PathParam("code") String code) {
        return service.retire(code).map(BadgeMapper::toView);
    }

    @POST
    @Path("/{code}/backfill")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Evaluate the badge over everyone's stored history and award it where earned, idempotently")
    public Uni<BackfillView> backfill(@PathParam("code") String code) {
        return awards.backfill(code);
    }
}
