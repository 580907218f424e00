package io.advocacy.interaction.calendar.rest;

import io.advocacy.interaction.calendar.service.CalendarMapper;
import io.advocacy.interaction.calendar.service.CalendarService;
import io.advocacy.interaction.preference.rest.AdvocateAccess;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An advocate's scheduled interactions as an iCalendar feed, for their managers or the advocate themselves. */
@Path("/advocates/{advocateId}/calendar.ics")
public class AdvocateCalendarResource {

    private final CalendarService calendars;
    private final AdvocateAccess access;

    public AdvocateCalendarResource(CalendarService calendars, AdvocateAccess access) {
        this.calendars = calendars;
        this.access = access;
    }

    @GET
    @Produces(CalendarMapper.TEXT_CALENDAR)
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.ADVOCATE})
    @Operation(summary = "An advocate's scheduled interactions as an iCalendar feed; an advocate may read only theirs")
    public Uni<String> feed(@PathParam("advocateId") UUID advocateId) {
        access.check(advocateId);
        return calendars.ofAdvocate(advocateId);
    }
}
