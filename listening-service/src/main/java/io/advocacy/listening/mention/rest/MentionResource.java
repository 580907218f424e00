package io.advocacy.listening.mention.rest;

import io.advocacy.listening.mention.service.Ingested;
import io.advocacy.listening.mention.service.MentionMapper;
import io.advocacy.listening.mention.service.MentionService;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Mentions pushed by integrators, and reading them back. */
@Path("/mentions")
public class MentionResource {

    private final MentionService service;

    public MentionResource(MentionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Ingest one mention: 201 when new, 200 with the stored mention when already known")
    public Uni<Response> ingest(@NotNull @Valid MentionRequest request, UriInfo uri) {
        return service.ingest(List.of(request)).map(results -> {
            Ingested result = results.get(0);
            MentionView view = MentionMapper.toView(result.mention());
            return result.created()
                    ? Response.created(uri.getAbsolutePathBuilder()
                                    .path(view.id().toString())
                                    .build())
                            .entity(view)
                            .build()
                    : Response.ok(view).build();
        });
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Ingest up to 1,000 mentions; answers what was accepted and what was a duplicate")
    public Uni<BatchResult> ingestBatch(@NotNull @Valid MentionBatchRequest request) {
        return service.ingest(request.mentions()).map(results -> {
            List<BatchResult.Item> items = results.stream()
                    .map(r -> new BatchResult.Item(
                            r.mention().platform,
                            r.mention().externalId,
                            r.mention().id,
                            r.created() ? "accepted" : "duplicate"))
                    .toList();
            int accepted = (int) results.stream().filter(Ingested::created).count();
            return new BatchResult(accepted, results.size() - accepted, items);
        });
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Mentions, newest first, optionally of one platform")
    public Uni<Page<MentionView>> list(@Valid @BeanParam PageParams paging, @QueryParam("platform") String platform) {
        return service.page(platform, paging.page, paging.size).chain(items -> service.count(platform)
                .map(total -> new Page<>(
                        items.stream().map(MentionMapper::toView).toList(), paging.page, paging.size, total)));
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
