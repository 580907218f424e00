package io.advocacy.recognition.level.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The levels there are. */
@ApplicationScoped
public class LevelDefinitionRepository implements PanacheRepositoryBase<LevelDefinition, String> {

    public Uni<List<LevelDefinition>> listByCode() {
        return listAll(Sort.by("code"));
    }

    /** The levels that can still be reached, by code. */
    public Uni<List<LevelDefinition>> active() {
        return list("retiredAt is null", Sort.by("code"));
    }
}
