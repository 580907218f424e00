package io.advocacy.advocate.mentor.rest;

import io.advocacy.advocate.mentor.service.MentorMatching;
import io.advocacy.advocate.mentor.service.MentorService;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What passing time changes in the buddy system, for a scheduler to ask for. */
@Path("/mentoring")
public class MentoringResource {

    private final MentorService service;

    public MentoringResource(MentorService service) {
        this.service = service;
    }

    @POST
    @Path("/recheck")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(
            summary = "End the pairings of newcomers who have settled and offer every mentor with room to those"
                    + " waiting, longest first")
    public Uni<MentorMatching.Recheck> recheck() {
        return service.recheck();
    }
}
