package io.advocacy.listening.query.rest;

import io.advocacy.listening.query.service.QueryMatcher;
import io.advocacy.listening.query.service.QueryService;
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

/**
 * What each programme listens for: boolean queries, validated on save and kept as versions. The matcher is told of a
 * change once it has committed, so ingestion on this instance applies it at once.
 */
@Path("/queries")
public class QueryResource {

    private final QueryService service;
    private final QueryMatcher matcher;
    private final SecurityIdentity identity;

    public QueryResource(QueryService service, QueryMatcher matcher, SecurityIdentity identity) {
        this.service = service;
        this.matcher = matcher;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Create a query; a bad expression is a 400 naming the position")
    public Uni<Response> create(@NotNull @Valid QueryRequest request, UriInfo uri) {
        return service.create(request, identity.getPrincipal().getName())
                .invoke(matcher::invalidate)
                .map(view -> Response.created(uri.getAbsolutePathBuilder()
                                .path(view.id().toString())
                                .build())
                        .entity(view)
                        .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Save a new version of a query; earlier matches keep the version they matched")
    public Uni<QueryView> update(@PathParam("id") UUID id, @NotNull @Valid QueryUpdate update) {
        return service.update(id, update, identity.getPrincipal().getName()).invoke(matcher::invalidate);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Stop applying a query; its versions and matches stay")
    public Uni<Response> deactivate(@PathParam("id") UUID id) {
        return service.deactivate(id).invoke(matcher::invalidate).map(ignored -> Response.noContent()
                .build());
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ADVOCATE_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Queries, by programme and name")
    public Uni<Page<QueryView>> list(@Valid @BeanParam PageParams paging, @QueryParam("programme") String programme) {
        return service.page(programme, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ADVOCATE_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "One query with every version")
    public Uni<QueryView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
