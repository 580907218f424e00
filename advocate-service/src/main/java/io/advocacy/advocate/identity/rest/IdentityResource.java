package io.advocacy.advocate.identity.rest;

import io.advocacy.advocate.identity.service.IdentityService;
import io.advocacy.advocate.identity.service.MatchSuggestions;
import io.advocacy.advocate.identity.service.Versioned;
import io.advocacy.advocate.profile.rest.IfMatch;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** A person's identities across platforms, and the merges and unmerges of their profiles. */
@Path("/advocates/{id}")
public class IdentityResource {

    private final IdentityService service;
    private final MatchSuggestions suggestions;
    private final SecurityIdentity identity;

    public IdentityResource(IdentityService service, MatchSuggestions suggestions, SecurityIdentity identity) {
        this.service = service;
        this.suggestions = suggestions;
        this.identity = identity;
    }

    @GET
    @Path("/match-suggestions")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(
            summary = "Profiles that are probably the same person, best first, with a score and the reasons; confirm"
                    + " with /merge, reject with /distinct")
    public Uni<List<MatchSuggestionView>> matchSuggestions(
            @PathParam("id") UUID id,
            @QueryParam("minScore") @DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double minScore,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return suggestions.of(id, minScore, limit);
    }

    @GET
    @Path("/identities")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The identities the profile holds: handles on platforms and verified emails, oldest first")
    public Uni<List<IdentityView>> identities(@PathParam("id") UUID id) {
        return service.identities(id);
    }

    @POST
    @Path("/identities")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(
            summary = "Add a declared handle or an email; a verified email or handle another profile holds merges that"
                    + " profile into this one (409 when the two are marked as different people)")
    public Uni<RestResponse<LinkResult>> link(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid IdentityRequest request) {
        return service.link(id, request, new IfMatch(ifMatch), by()).map(IdentityResource::answer);
    }

    @POST
    @Path("/merge")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(
            summary = "Merge another profile into this one, which survives; the other is kept, marked merged into this"
                    + " one; 409 when they are marked as different people")
    public Uni<RestResponse<MergeView>> merge(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MergeRequest request) {
        return service.merge(id, request, new IfMatch(ifMatch), by()).map(IdentityResource::answer);
    }

    @POST
    @Path("/unmerge")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Undo a merge into this profile: both stand on their own again, each with its own mentions")
    public Uni<RestResponse<MergeView>> unmerge(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UnmergeRequest request) {
        return service.unmerge(id, request, new IfMatch(ifMatch), by()).map(IdentityResource::answer);
    }

    @GET
    @Path("/merges")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Every merge the profile took part in, undone ones included: who, when and why")
    public Uni<List<MergeView>> merges(@PathParam("id") UUID id) {
        return service.merges(id);
    }

    @POST
    @Path("/distinct")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Mark two profiles as different people: never merged, never suggested as a match")
    public Uni<RestResponse<DistinctView>> distinct(@PathParam("id") UUID id, @NotNull @Valid DistinctRequest request) {
        return service.markDistinct(id, request, by()).map(IdentityResource::answer);
    }

    @GET
    @Path("/distinct")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The profiles this one is marked as a different person from")
    public Uni<List<DistinctView>> distinctMarks(@PathParam("id") UUID id) {
        return service.distinctMarks(id);
    }

    private String by() {
        return identity.getPrincipal().getName();
    }

    /** 201 when something was made, else 200; with the profile's ETag when the answer carries its version. */
    private static <T> RestResponse<T> answer(Versioned<T> result) {
        var builder = result.created()
                ? RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED)
                        .entity(result.value())
                : RestResponse.ResponseBuilder.ok(result.value());
        if (result.version() > 0) {
            builder = builder.tag(new EntityTag(Long.toString(result.version())));
        }
        return builder.build();
    }
}
