package io.advocacy.interaction.session.rest;

import io.advocacy.interaction.preference.rest.AdvocateAccess;
import io.advocacy.interaction.session.service.SessionService;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Group calls, roundtables and webcasts: seats given out by preference and time zone, with a waitlist. */
@Path("/sessions")
public class SessionResource {

    private final SessionService sessions;
    private final AdvocateAccess access;

    public SessionResource(SessionService sessions, AdvocateAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    @POST
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Plan a group call, roundtable or webcast with a capacity")
    public Uni<Response> create(@NotNull @Valid SessionRequest request) {
        return sessions.create(request, access.caller())
                .map(view ->
                        Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One session with its participants in the order they were added")
    public Uni<SessionView> get(@PathParam("id") UUID id) {
        return sessions.find(id);
    }

    @POST
    @Path("/{id}/fill")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Invite those who prefer the format and are available then, up to capacity; waitlist the rest")
    public Uni<SessionView> fill(@PathParam("id") UUID id) {
        return sessions.fill(id);
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Invite these people in order up to capacity; waitlist the rest in the same order")
    public Uni<SessionView> invite(@PathParam("id") UUID id, @NotNull @Valid InvitationsRequest request) {
        return sessions.invite(id, request.advocateIds());
    }

    @POST
    @Path("/{id}/participants/{advocateId}/decline")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "A participant declines; their seat goes to the first on the waitlist")
    public Uni<SessionView> decline(@PathParam("id") UUID id, @PathParam("advocateId") UUID advocateId) {
        return sessions.decline(id, advocateId, access.caller());
    }
}
