package io.advocacy.interaction.schedule.rest;

import io.advocacy.interaction.schedule.repository.InteractionFilter;
import io.advocacy.interaction.schedule.service.DeferredInteractions;
import io.advocacy.interaction.schedule.service.InteractionMapper;
import io.advocacy.interaction.schedule.service.InteractionService;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
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
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Scheduled interactions, for managers to see what to do next. */
@Path("/interactions")
public class InteractionResource {

    private final InteractionService service;
    private final DeferredInteractions deferred;

    public InteractionResource(InteractionService service, DeferredInteractions deferred) {
        this.service = service;
        this.deferred = deferred;
    }

    @GET
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Interactions, soonest due first, optionally of one advocate, manager or status")
    public Uni<Page<InteractionView>> list(
            @Valid @BeanParam PageParams paging,
            @QueryParam("advocateId") UUID advocateId,
            @QueryParam("manager") String manager,
            @QueryParam("status") String status) {
        return service.page(new InteractionFilter(advocateId, manager, status), paging.page, paging.size)
                .map(InteractionMapper::toViews);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One interaction")
    public Uni<InteractionView> get(@PathParam("id") UUID id) {
        return service.find(id).map(found -> found.map(InteractionMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("Interaction", id)));
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Move a scheduled interaction to another time; its SEQUENCE goes up")
    public Uni<InteractionView> reschedule(@PathParam("id") UUID id, @NotNull @Valid RescheduleRequest request) {
        return service.reschedule(id, request).map(InteractionMapper::toView);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Cancel a scheduled or deferred interaction; its invitation becomes a CANCEL")
    public Uni<InteractionView> cancel(@PathParam("id") UUID id, @Valid CancelRequest request) {
        return service.cancel(id, request == null ? null : request.reason()).map(InteractionMapper::toView);
    }

    @POST
    @Path("/deferred/activate")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(
            summary = "Schedule the deferred interactions possible at a moment (now unless at is given), within the"
                    + " ask budget and managers' weekly limits; idempotent; the service also does it on its own")
    public Uni<ActivationView> activateDeferred(@QueryParam("at") OffsetDateTime at) {
        return deferred.activate(at);
    }
}
