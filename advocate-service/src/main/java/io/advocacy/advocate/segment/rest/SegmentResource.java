package io.advocacy.advocate.segment.rest;

import io.advocacy.advocate.segment.service.SegmentService;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Segments: named rules over profiles, and who meets each of them now. */
@Path("/segments")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
public class SegmentResource {

    private final SegmentService service;
    private final SecurityIdentity identity;

    public SegmentResource(SegmentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(
            summary = "Create a segment from a rule and find everyone who meets it; 400 names each bad part of the"
                    + " rule by its path, 409 when the name is taken")
    public Uni<Response> create(@NotNull @Valid SegmentRequest request, UriInfo uri) {
        return service.create(request, identity.getPrincipal().getName()).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @GET
    @Operation(summary = "The segments by name, each with how many people are in it")
    public Uni<Page<SegmentView>> list(@Valid @BeanParam PageParams paging) {
        return service.page(paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One segment with its rule and how many people are in it")
    public Uni<SegmentView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Change a segment's name, description and rule, and evaluate it over every profile again")
    public Uni<SegmentView> update(@PathParam("id") UUID id, @NotNull @Valid SegmentRequest request) {
        return service.update(id, request, identity.getPrincipal().getName());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Delete a segment and its memberships")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return service.delete(id).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "The people in a segment, longest members first")
    public Uni<Page<MemberView>> members(@PathParam("id") UUID id, @Valid @BeanParam PageParams paging) {
        return service.members(id, paging.page, paging.size);
    }
}
