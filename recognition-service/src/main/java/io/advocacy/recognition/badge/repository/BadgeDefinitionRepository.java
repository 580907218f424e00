package io.advocacy.recognition.badge.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The badges there are. */
@ApplicationScoped
public class BadgeDefinitionRepository implements PanacheRepositoryBase<BadgeDefinition, String> {

    public Uni<List<BadgeDefinition>> listByCode() {
        return listAll(Sort.by("code"));
    }

    /** The badges still awarded, by code. */
    public Uni<List<BadgeDefinition>> active() {
        return list("retiredAt is null", Sort.by("code"));
    }
}
