package io.advocacy.recognition.criteria.rest;

import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.advocacy.recognition.criteria.repository.FactRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What recognition knows happened to a person: the history badge criteria are evaluated over. */
@Path("/advocates/{advocateId}/facts")
public class FactResource {

    private final FactRepository facts;

    public FactResource(FactRepository facts) {
        this.facts = facts;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The person's fact log, oldest first")
    public Uni<Page<FactView>> list(@PathParam("advocateId") UUID advocateId, @Valid @BeanParam PageParams paging) {
        return facts.page(advocateId, paging.page, paging.size).chain(items -> facts.count(advocateId)
                .map(total -> new Page<>(
                        items.stream()
                                .map(f -> new FactView(f.kind, f.occurredAt, f.ref, f.fromCategory, f.toCategory))
                                .toList(),
                        paging.page,
                        paging.size,
                        total)));
    }
}
