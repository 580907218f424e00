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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A manager's scheduled interactions as an iCalendar feed, for their calendar application to subscribe to. */
@Path("/managers/{username}/calendar.ics")
public class ManagerCalendarResource {

    private final CalendarService calendars;

    public ManagerCalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Produces(CalendarMapper.TEXT_CALENDAR)
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "A manager's scheduled interactions as an iCalendar feed, one VEVENT each")
    public Uni<String> feed(@PathParam("username") String username) {
        return calendars.ofManager(username);
    }
}
