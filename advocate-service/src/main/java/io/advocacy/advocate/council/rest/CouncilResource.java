package io.advocacy.advocate.council.rest;

import io.advocacy.advocate.council.service.Caller;
import io.advocacy.advocate.council.service.CouncilService;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.advocacy.platform.security.SelfService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Advisory councils: seats, invitations, terms, rotation and the chair. */
@Path("/councils")
public class CouncilResource {

    private final CouncilService service;
    private final SecurityIdentity identity;

    public CouncilResource(CouncilService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Found a council: a name, its purpose, how many seats and how long a term lasts (ISO 8601)")
    public Uni<Response> create(@NotNull @Valid NewCouncilRequest request, UriInfo uri) {
        return service.create(request, identity.getPrincipal().getName()).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The councils by name, each with its seats, members and alumni")
    public Uni<Page<CouncilView>> list(@Valid @BeanParam PageParams paging) {
        return service.page(paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One council: seats taken, offered and free, its chair, members and alumni")
    public Uni<CouncilView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Invite an advocate: offered a seat when one is free, else on the waiting list")
    public Uni<Response> invite(@PathParam("id") UUID id, @NotNull @Valid InvitationRequest request, UriInfo uri) {
        return service.invite(id, request, identity.getPrincipal().getName()).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @GET
    @Path("/{id}/invitations")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The council's invitations, first invited first, with waiting-list positions")
    public Uni<List<InvitationView>> invitations(@PathParam("id") UUID id) {
        return service.invitations(id);
    }

    @POST
    @Path("/{id}/invitations/{invitationId}/accept")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(
            summary = "The invitee takes their seat for one term (the advocate themself, or a manager for them); 409"
                    + " when every seat is taken or offered to others")
    public Uni<InvitationView> accept(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        return service.accept(id, invitationId, caller());
    }

    @POST
    @Path("/{id}/invitations/{invitationId}/decline")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "The invitee declines; a seat kept for them goes to the next on the waiting list")
    public Uni<InvitationView> decline(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        return service.decline(id, invitationId, caller());
    }

    @PUT
    @Path("/{id}/chair")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Appoint a current member to chair the council")
    public Uni<CouncilView> appointChair(@PathParam("id") UUID id, @NotNull @Valid ChairRequest request) {
        return service.appointChair(id, request.advocateId());
    }

    @POST
    @Path("/{id}/rotate")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(
            summary = "End the terms that are over (those members become alumni of the council) and offer the free"
                    + " seats to the waiting list, first invited first")
    public Uni<RotationView> rotate(@PathParam("id") UUID id) {
        return service.rotate(id);
    }

    private Caller caller() {
        return councilCaller(identity);
    }

    static Caller councilCaller(SecurityIdentity identity) {
        return new Caller(
                identity.getPrincipal().getName(),
                identity.hasRole(Roles.ADVOCATE_MANAGER) || identity.hasRole(Roles.PROGRAM_ADMIN),
                advocateId -> SelfService.mayActFor(identity, advocateId));
    }
}
