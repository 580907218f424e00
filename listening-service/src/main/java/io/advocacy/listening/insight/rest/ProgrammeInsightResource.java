package io.advocacy.listening.insight.rest;

import io.advocacy.listening.author.rest.AuthorView;
import io.advocacy.listening.insight.service.InsightService;
import io.advocacy.listening.insight.service.Period;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What a programme's managers watch: mentions over time by sentiment, top authors, share of voice, open alerts. */
@Path("/programmes/{programme}")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
public class ProgrammeInsightResource {

    private final InsightService insights;
    private final SecurityIdentity identity;

    public ProgrammeInsightResource(InsightService insights, SecurityIdentity identity) {
        this.insights = insights;
        this.identity = identity;
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "The programme's mentions per hour, day or week by sentiment class (default: last 30 days)")
    public Uni<List<TimelineBucket>> timeline(
            @PathParam("programme") String programme,
            @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to,
            @QueryParam("interval")
                    @DefaultValue("day")
                    @Pattern(regexp = "hour|day|week", message = "hour, day or week")
                    String interval) {
        return insights.timeline(programme, Period.of(from, to), interval);
    }

    @GET
    @Path("/share-of-voice")
    @Operation(summary = "How often each term (brand, product, competitor) is mentioned, and its share")
    public Uni<ShareOfVoice> shareOfVoice(
            @PathParam("programme") String programme,
            @QueryParam("terms") @NotEmpty @Size(max = 10)
                    List<
                                    @Pattern(
                                            regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} '-]{0,59}",
                                            message = "letters, digits, spaces")
                                    String>
                            terms,
            @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to) {
        return insights.shareOfVoice(programme, terms, Period.of(from, to));
    }

    @GET
    @Path("/top-authors")
    @Operation(summary = "The authors with the most reach among those who mentioned the programme")
    public Uni<List<AuthorView>> topAuthors(
            @PathParam("programme") String programme,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100) int size) {
        return insights.topAuthors(programme, size);
    }

    @GET
    @Path("/alerts")
    @Operation(summary = "The programme's alerts, newest first; open ones only unless status=all")
    public Uni<Page<AlertView>> alerts(
            @PathParam("programme") String programme,
            @Valid @BeanParam PageParams paging,
            @QueryParam("status") @DefaultValue("open") @Pattern(regexp = "open|all", message = "open or all")
                    String status) {
        return insights.alerts(programme, "open".equals(status), paging.page, paging.size);
    }

    @POST
    @Path("/alerts/{id}/close")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Close an alert once it has been looked after")
    public Uni<AlertView> close(@PathParam("programme") String programme, @PathParam("id") UUID id) {
        return insights.close(programme, id, identity.getPrincipal().getName());
    }
}
