package io.advocacy.recognition.award.rest;

import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.award.service.AwardMapper;
import io.advocacy.recognition.award.service.AwardService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The badges people have been awarded. */
@Path("/awards")
public class AwardResource {

    private final AwardService service;

    public AwardResource(AwardService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Awards, newest first, optionally of one advocate")
    public Uni<Page<AwardView>> list(@Valid @BeanParam PageParams paging, @QueryParam("advocateId") UUID advocateId) {
        return service.page(advocateId, paging.page, paging.size)
                .chain(items -> service.count(advocateId).map(total -> AwardMapper.toPage(items, paging, total)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One award")
    public Uni<AwardView> get(@PathParam("id") UUID id) {
        return service.find(id)
                .map(found -> found.map(AwardMapper::toView).orElseThrow(() -> ProblemException.notFound("Award", id)));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Revoke an award with a reason; its credential fails verification from then on")
    public Uni<AwardView> revoke(@PathParam("id") UUID id, @NotNull @Valid RevokeRequest request) {
        return service.revoke(id, request.reason()).map(AwardMapper::toView);
    }
}
