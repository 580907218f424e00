package io.advocacy.interaction.cadence.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored cadences, by advocate id. */
@ApplicationScoped
public class CadenceRepository implements PanacheRepositoryBase<AdvocateCadence, UUID> {}
