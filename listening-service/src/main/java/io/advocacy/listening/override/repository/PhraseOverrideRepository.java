package io.advocacy.listening.override.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Programmes' sentiment overrides. */
@ApplicationScoped
public class PhraseOverrideRepository implements PanacheRepositoryBase<PhraseOverride, UUID> {

    public Uni<List<PhraseOverride>> ofProgramme(String programme) {
        return list("programme", Sort.ascending("phrase"), programme);
    }

    public Uni<PhraseOverride> find(String programme, String phrase) {
        return find("programme = ?1 and phrase = ?2", programme, phrase).firstResult();
    }
}
