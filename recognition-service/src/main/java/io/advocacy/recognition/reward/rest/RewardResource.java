package io.advocacy.recognition.reward.rest;

import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.reward.service.RewardMapper;
import io.advocacy.recognition.reward.service.RewardService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The programme's reward catalogue: access and recognition, never money. */
@Path("/rewards")
public class RewardResource {

    private final RewardService service;

    public RewardResource(RewardService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Add a non-monetary reward; cash, gift cards, commission, discount codes, vouchers are a 400")
    public Uni<Response> add(@NotNull @Valid RewardRequest request, UriInfo uri) {
        return service.add(request).map(RewardMapper::toView).map(view -> Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build());
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The catalogue, by code")
    public Uni<Page<RewardView>> list(@Valid @BeanParam PageParams paging) {
        return service.page(paging.page, paging.size)
                .chain(items -> service.count().map(total -> RewardMapper.toPage(items, paging, total)));
    }
}
