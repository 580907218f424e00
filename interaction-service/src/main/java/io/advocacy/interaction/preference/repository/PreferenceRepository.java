package io.advocacy.interaction.preference.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored preferences, by advocate id. */
@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<AdvocatePreference, UUID> {}
