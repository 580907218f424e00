package io.advocacy.advocate.mentor.rest;

import io.advocacy.advocate.mentor.service.MentorService;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.security.Roles;
import io.advocacy.platform.security.SelfService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's language and region, their mentor and their mentees (the buddy system). */
@Path("/advocates/{id}")
public class MentorResource {

    private final MentorService service;
    private final SecurityIdentity identity;

    public MentorResource(MentorService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/locale")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The person's language (ISO 639-1) and region (ISO 3166-1 alpha-2)")
    public Uni<LocaleView> locale(@PathParam("id") UUID id) {
        return service.locale(id);
    }

    @PUT
    @Path("/locale")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Set the person's language and region; a waiting newcomer may find a mentor through it")
    public Uni<LocaleView> setLocale(@PathParam("id") UUID id, @NotNull @Valid LocaleRequest request) {
        return service.setLocale(id, request);
    }

    @GET
    @Path("/mentor")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR, Roles.ADVOCATE})
    @Operation(summary = "The newcomer's mentor: paired (with whom), waiting for one, or none")
    public Uni<MentorView> mentor(@PathParam("id") UUID id) {
        requireReader(id);
        return service.mentor(id);
    }

    @PUT
    @Path("/mentor")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Pair the newcomer with a mentor of the manager's choice, within the mentor's limit")
    public Uni<MentorView> assign(@PathParam("id") UUID id, @NotNull @Valid MentorRequest request) {
        return service.assign(id, request.mentorId(), identity.getPrincipal().getName());
    }

    @DELETE
    @Path("/mentor")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "End the newcomer's pairing (or their wait for one)")
    public Uni<Response> end(@PathParam("id") UUID id) {
        return service.end(id, identity.getPrincipal().getName())
                .map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/mentees")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR, Roles.ADVOCATE})
    @Operation(summary = "The newcomers this person mentors now, with their limit")
    public Uni<MenteesView> mentees(@PathParam("id") UUID id) {
        requireReader(id);
        return service.mentees(id);
    }

    private void requireReader(UUID id) {
        if (!identity.hasRole(Roles.INTEGRATOR) && !SelfService.mayActFor(identity, id)) {
            throw new ProblemException(403, "Forbidden", "an advocate may only reach their own data");
        }
    }
}
