package io.advocacy.recognition.level.rest;

import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.level.service.LevelMapper;
import io.advocacy.recognition.level.service.LevelService;
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

/** The levels badges unlock, defined by programme admins. */
@Path("/levels")
public class LevelResource {

    private final LevelService service;

    public LevelResource(LevelService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Every level, by code, retired ones included")
    public Uni<List<LevelView>> list() {
        return service.all()
                .map(levels -> levels.stream().map(LevelMapper::toView).toList());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One level")
    public Uni<LevelView> get(@PathParam("code") String code) {
        return service.find(code).map(LevelMapper::toView);
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Define a level unlocked by badges: all of requires.badges, or requires.orCount of any")
    public Uni<Response> define(@NotNull @Valid LevelRequest request, UriInfo uri) {
        return service.define(request).map(LevelMapper::toView).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Change a level; those who reached it keep it")
    public Uni<LevelView> redefine(@PathParam("code") String code, @NotNull @Valid LevelRequest request) {
        return service.redefine(code, request).map(LevelMapper::toView);
    }

    @POST
    @Path("/{code}/backfill")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Reach the level for everyone whose standing badges already unlock it, idempotently")
    public Uni<LevelBackfillView> backfill(@PathParam("code") String code) {
        return service.backfill(code);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Retire a level: no longer reached; those who reached it keep it")
    public Uni<LevelView> retire(@PathParam("code") String code) {
        return service.retire(code).map(LevelMapper::toView);
    }
}
