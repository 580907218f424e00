package io.advocacy.listening.mention.rest;

import io.advocacy.listening.mention.service.Ingested;
import io.advocacy.listening.mention.service.MentionMapper;
import io.advocacy.listening.mention.service.MentionService;
import io.advocacy.listening.spam.SpamService;
import io.advocacy.platform.events.Backpressure;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Mentions pushed by integrators, and reading them back. */
@Path("/mentions")
public class MentionResource {

    private final MentionService service;
    private final BatchValidation validation;
    private final SpamService spam;
    private final SecurityIdentity identity;
    private final Backpressure backpressure;

    public MentionResource(
            MentionService service,
            BatchValidation validation,
            SpamService spam,
            SecurityIdentity identity,
            Backpressure backpressure) {
        this.service = service;
        this.validation = validation;
        this.spam = spam;
        this.identity = identity;
        this.backpressure = backpressure;
    }

    @POST
    @Path("/{id}/spam")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Mark a mention as spam; the author's later mentions are held until the author is released")
    public Uni<MentionView> markSpam(@PathParam("id") UUID id, @NotNull @Valid SpamMark mark) {
        return spam.markSpam(id, mark.reason(), identity.getPrincipal().getName())
                .map(MentionMapper::toView);
    }

    @POST
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(
            summary = "Ingest one mention: 201 when new and published; 200 with the stored mention when already known"
                    + " or a near-duplicate of an earlier one (duplicateOf); 202 with the stored mention when it is spam or"
                    + " its author is held, or with status unmatched when it matches no listening query")
    public Uni<Response> ingest(@NotNull @Valid MentionRequest request, UriInfo uri) {
        backpressure.admit();
        return service.ingest(List.of(request), 0).map(results -> {
            Ingested result = results.get(0);
            return switch (result.outcome()) {
                case ACCEPTED ->
                    Response.created(uri.getAbsolutePathBuilder()
                                    .path(result.mention().id.toString())
                                    .build())
                            .entity(MentionMapper.toView(result.mention()))
                            .build();
                case DUPLICATE, NEAR_DUPLICATE ->
                    Response.ok(MentionMapper.toView(result.mention())).build();
                case SPAM, HELD ->
                    Response.accepted(MentionMapper.toView(result.mention())).build();
                default ->
                    Response.accepted(new BatchResult.Item(
                                    0, request.platform(), request.externalId(), null, result.outcome(), List.of()))
                            .build();
            };
        });
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Ingest up to 1,000 mentions; answers what was accepted, duplicated, unmatched and rejected")
    public Uni<BatchResult> ingestBatch(@NotNull @Valid MentionBatchRequest request) {
        backpressure.admit();
        BatchValidation.Checked checked = validation.check(request.mentions());
        Uni<List<Ingested>> ingested = checked.valid().isEmpty()
                ? service.countRejected(checked.rejected().size()).replaceWith(List.of())
                : service.ingest(checked.valid(), checked.rejected().size());
        return ingested.map(results -> checked.merge(results));
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Stored mentions, newest first, optionally of one platform and status")
    public Uni<Page<MentionView>> list(
            @Valid @BeanParam PageParams paging,
            @QueryParam("platform") String platform,
            @QueryParam("status")
                    @jakarta.validation.constraints.Pattern(
                            regexp = "published|near-duplicate|spam|held",
                            message = "published, near-duplicate, spam or held")
                    String status) {
        return service.page(platform, status, paging.page, paging.size).chain(items -> service.count(platform, status)
                .map(total -> new Page<>(
                        items.stream().map(MentionMapper::toView).toList(), paging.page, paging.size, total)));
    }

    @GET
    @Path("/outcomes")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(
            summary =
                    "How many mentions were accepted, duplicate, unmatched and rejected on a day (UTC; default today)")
    public Uni<Map<String, Long>> outcomes(@QueryParam("day") LocalDate day) {
        return service.tally(day == null ? LocalDate.now(ZoneOffset.UTC) : day);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One mention")
    public Uni<MentionView> get(@PathParam("id") UUID id) {
        return service.find(id).map(found -> found.map(MentionMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("Mention", id)));
    }
}
