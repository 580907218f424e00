package io.advocacy.advocate.manager.rest;

import io.advocacy.advocate.manager.service.ManagerService;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The managers who look after advocates: who they are, their capacity and their load. */
@Path("/managers")
public class ManagerResource {

    private final ManagerService service;

    public ManagerResource(ManagerService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "A manager joins, with the default capacity unless one is given; 409 when already active")
    public Uni<Response> join(@NotNull @Valid NewManagerRequest request, UriInfo uri) {
        return service.join(request).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(
            summary = "Change a manager's capacity; below their load, their newest advocates go to managers with room")
    public Uni<ManagerView> changeCapacity(@PathParam("id") UUID id, @NotNull @Valid CapacityUpdate update) {
        return service.changeCapacity(id, update.capacity());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "A manager leaves; their advocates go to managers with room, or to nobody")
    public Uni<Response> leave(@PathParam("id") UUID id) {
        return service.leave(id).map(ignored -> Response.noContent().build());
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The active managers by username, each with their load and capacity")
    public Uni<Page<ManagerView>> list(@Valid @BeanParam PageParams paging) {
        return service.page(paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One manager with their load and capacity, also after they left")
    public Uni<ManagerView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
