package io.advocacy.interaction.calendar.rest;

import io.advocacy.interaction.calendar.service.CalendarMapper;
import io.advocacy.interaction.calendar.service.CalendarService;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One interaction as an RFC 5546 (iTIP) invitation: a REQUEST, or a CANCEL once it is cancelled. */
@Path("/interactions/{id}/invitation.ics")
public class InvitationResource {

    private final CalendarService calendars;

    public InvitationResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Produces(CalendarMapper.TEXT_CALENDAR)
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The interaction as an iTIP invitation: METHOD REQUEST, or CANCEL once cancelled")
    public Uni<String> invitation(@PathParam("id") UUID id) {
        return calendars.invitation(id);
    }
}
