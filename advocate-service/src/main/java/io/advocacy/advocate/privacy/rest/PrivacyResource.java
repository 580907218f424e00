package io.advocacy.advocate.privacy.rest;

import io.advocacy.advocate.privacy.service.Erasure;
import io.advocacy.advocate.privacy.service.PrivacyService;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's consent and the export of their data; an advocate reaches only their own. */
@Path("/advocates/{id}")
public class PrivacyResource {

    private final PrivacyService privacy;
    private final Erasure erasure;
    private final SecurityIdentity identity;

    public PrivacyResource(PrivacyService privacy, Erasure erasure, SecurityIdentity identity) {
        this.privacy = privacy;
        this.erasure = erasure;
        this.identity = identity;
    }

    @DELETE
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(
            summary = "Erase the person: everything here is deleted and the other services are told to delete theirs")
    public Uni<Response> erase(@PathParam("id") UUID id) {
        requireAdminOrSelf(id);
        return erasure.erase(id).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/anonymise")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Drop what identifies the person (handle, name, followers, consent) and keep the statistics")
    public Uni<Response> anonymise(@PathParam("id") UUID id) {
        return erasure.anonymise(id).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/consents")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "The consent in force per purpose and channel; what is not listed is not granted")
    public Uni<List<ConsentView>> consents(@PathParam("id") UUID id) {
        requireActingFor(id);
        return privacy.current(id);
    }

    @PUT
    @Path("/consents")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "Grant or withdraw consent for a purpose on a channel; earlier records stay as history")
    public Uni<ConsentView> record(@PathParam("id") UUID id, @NotNull @Valid ConsentRequest request) {
        requireActingFor(id);
        return privacy.record(id, request, identity.getPrincipal().getName());
    }

    @GET
    @Path("/export")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "Everything held about the person in this service, as JSON")
    public Uni<PersonExport> export(@PathParam("id") UUID id) {
        requireAdminOrSelf(id);
        return privacy.export(id);
    }

    private void requireAdminOrSelf(UUID id) {
        if (!identity.hasRole(Roles.PROGRAM_ADMIN) && !SelfService.isSelf(identity, id)) {
            throw notTheirs();
        }
    }

    private void requireActingFor(UUID id) {
        if (!SelfService.mayActFor(identity, id)) {
            throw notTheirs();
        }
    }

    private static ProblemException notTheirs() {
        return new ProblemException(403, "Forbidden", "an advocate may only reach their own data");
    }
}
