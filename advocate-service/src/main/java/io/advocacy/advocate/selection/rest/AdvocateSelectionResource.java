package io.advocacy.advocate.selection.rest;

import io.advocacy.advocate.selection.service.SelectionService;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's six selection attributes. */
@Path("/advocates/{id}/selection")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
public class AdvocateSelectionResource {

    private final SelectionService selection;

    public AdvocateSelectionResource(SelectionService selection) {
        this.selection = selection;
    }

    @GET
    @Operation(
            summary = "The six selection attributes (track record, respect and influence, helpfulness and reliability,"
                    + " communication, own platforms, commitment), each a score 0-100 with its inputs and why")
    public Uni<SelectionView> get(@PathParam("id") UUID id) {
        return selection.of(id);
    }
}
