package io.advocacy.recognition.spotlight.rest;

import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.spotlight.service.SpotlightMapper;
import io.advocacy.recognition.spotlight.service.SpotlightService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The spotlight queue: advocates' best content for the brand to share, featured only with their consent. */
@Path("/spotlight")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
public class SpotlightResource {

    private final SpotlightService service;
    private final SecurityIdentity identity;

    public SpotlightResource(SpotlightService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Proposals of one status (default proposed), best first by sentiment and reach")
    public Uni<Page<SpotlightView>> list(
            @Valid @BeanParam PageParams paging,
            @QueryParam("status")
                    @DefaultValue("proposed")
                    @Pattern(
                            regexp = "proposed|approved|featured|dismissed",
                            message = "must be proposed, approved," + " featured or dismissed")
                    String status,
            @QueryParam("advocateId") UUID advocateId) {
        return service.page(status, advocateId, paging.page, paging.size)
                .chain(items ->
                        service.count(status, advocateId).map(total -> SpotlightMapper.toPage(items, paging, total)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One proposal")
    public Uni<SpotlightView> get(@PathParam("id") UUID id) {
        return service.find(id).map(SpotlightMapper::toView);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a proposal for featuring")
    public Uni<SpotlightView> approve(@PathParam("id") UUID id, @Valid DecisionRequest request) {
        return service.approve(id, manager(), request == null ? null : request.note())
                .map(SpotlightMapper::toView);
    }

    @POST
    @Path("/{id}/feature")
    @Operation(summary = "Feature approved content, confirming the person's consent; recognised as 'featured'")
    public Uni<SpotlightView> feature(@PathParam("id") UUID id, @NotNull @Valid FeatureRequest request) {
        return service.feature(id, manager(), request.note()).map(SpotlightMapper::toView);
    }

    @POST
    @Path("/{id}/dismiss")
    @Operation(summary = "Leave content out of the spotlight")
    public Uni<SpotlightView> dismiss(@PathParam("id") UUID id, @Valid DecisionRequest request) {
        return service.dismiss(id, manager(), request == null ? null : request.note())
                .map(SpotlightMapper::toView);
    }

    private String manager() {
        return identity.getPrincipal().getName();
    }
}
