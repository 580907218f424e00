package io.advocacy.interaction.schedule.service;

import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionFilter;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reads scheduled interactions back. */
@ApplicationScoped
public class InteractionService {

    private final InteractionRepository interactions;

    public InteractionService(InteractionRepository interactions) {
        this.interactions = interactions;
    }

    @WithSession
    public Uni<Optional<Interaction>> find(UUID id) {
        return interactions.findById(id).map(Optional::ofNullable);
    }

    /** One page of the matching interactions, soonest due first, with how many match in all. */
    @WithSession
    public Uni<Page<Interaction>> page(InteractionFilter filter, int page, int size) {
        return interactions
                .page(filter, page, size)
                .chain(items -> interactions.count(filter).map(total -> new Page<>(items, page, size, total)));
    }
}
