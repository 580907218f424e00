package io.advocacy.advocate.kpi.rest;

import io.advocacy.advocate.kpi.service.KpiService;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The programme's measures: the continuum at any date, movement between categories, the lifecycle, managers' loads. */
@Path("/kpis")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
public class KpiResource {

    private final KpiService kpis;

    public KpiResource(KpiService kpis) {
        this.kpis = kpis;
    }

    @GET
    @Path("/continuum")
    @Operation(
            summary = "People per category and per four A's at a moment (`at`: a date, meaning its end in UTC, or a"
                    + " date-time; default now)")
    public Uni<ContinuumView> continuum(@QueryParam("at") String at) {
        return kpis.continuum(moment("at", at, now()));
    }

    @GET
    @Path("/movement")
    @Operation(
            summary = "The matrix of moves between categories from `from` to `until` (dates or date-times; default"
                    + " the last 30 days), with how many moved right and left")
    public Uni<MovementView> movement(@QueryParam("from") String from, @QueryParam("until") String until) {
        OffsetDateTime end = moment("until", until, now());
        OffsetDateTime start = moment("from", from, end.minusDays(30));
        if (start.isAfter(end)) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    "from is after until",
                    List.of(new Problem.Violation("from", "must not be after until")));
        }
        return kpis.movement(start, end);
    }

    @GET
    @Path("/lifecycle")
    @Operation(
            summary = "How many people reached each stage, how many are there now, and the conversion between stages")
    public Uni<LifecycleView> lifecycle() {
        return kpis.lifecycle();
    }

    @GET
    @Path("/managers")
    @Operation(summary = "Each active manager's load against their capacity, and how many people nobody looks after")
    public Uni<ManagerLoadView> managers() {
        return kpis.managers();
    }

    @GET
    @Path("/coverage")
    @Operation(
            summary = "How far the buddy system and the councils reach: newcomers paired or waiting, mentors, seats"
                    + " taken, and the share of active people who sit on a council")
    public Uni<CoverageView> coverage() {
        return kpis.coverage();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** A date means its last moment in UTC; a date-time is taken as given. */
    private static OffsetDateTime moment(String name, String value, OffsetDateTime otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            if (value.strip().length() == 10) {
                return LocalDate.parse(value.strip())
                        .plusDays(1)
                        .atStartOfDay()
                        .atOffset(ZoneOffset.UTC)
                        .minus(1, ChronoUnit.MICROS);
            }
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    name + " is not a date",
                    List.of(new Problem.Violation(
                            name, "must be a date (2026-11-23) or a date-time (2026-11-23T10:00:00Z)")));
        }
    }
}
