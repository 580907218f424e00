package io.advocacy.interaction.outcome.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stored outcomes, by interaction id. */
@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<InteractionOutcome, UUID> {

    /** The outcomes recorded for these interactions; those without one are left out. */
    public Uni<List<InteractionOutcome>> of(List<UUID> interactionIds) {
        return interactionIds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : list("interactionId in ?1", interactionIds);
    }
}
