package io.advocacy.listening.source.rest;

import io.advocacy.listening.source.service.SourceService;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The RSS and Atom feeds the service polls for mentions, and the health of polling each one. */
@Path("/sources")
public class SourceResource {

    private final SourceService service;
    private final SecurityIdentity identity;

    public SourceResource(SourceService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Add a feed to poll; it is polled at once, then every pollIntervalSeconds")
    public Uni<Response> create(@NotNull @Valid SourceRequest request, UriInfo uri) {
        return service.create(request, identity.getPrincipal().getName()).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Change a source and poll it at once; a new URL starts its cursor over")
    public Uni<SourceView> update(@PathParam("id") UUID id, @NotNull @Valid SourceUpdate update) {
        return service.update(id, update);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Stop polling a source; it keeps its cursor and health")
    public Uni<Response> deactivate(@PathParam("id") UUID id) {
        return service.deactivate(id).map(ignored -> Response.noContent().build());
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ADVOCATE_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Sources with their health, by programme and name")
    public Uni<Page<SourceView>> list(@Valid @BeanParam PageParams paging, @QueryParam("programme") String programme) {
        return service.page(programme, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ADVOCATE_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "One source with its health: last poll, last success, last error, consecutive failures")
    public Uni<SourceView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
