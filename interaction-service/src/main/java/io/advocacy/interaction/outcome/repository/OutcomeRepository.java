package io.advocacy.interaction.outcome.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored outcomes, by interaction id. */
@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<InteractionOutcome, UUID> {}
