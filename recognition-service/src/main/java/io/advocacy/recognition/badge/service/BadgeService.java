package io.advocacy.recognition.badge.service;

import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.badge.repository.BadgeDefinitionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the badge definitions. */
@ApplicationScoped
public class BadgeService {

    private final BadgeDefinitionRepository badges;

    public BadgeService(BadgeDefinitionRepository badges) {
        this.badges = badges;
    }

    @WithSession
    public Uni<List<BadgeDefinition>> all() {
        return badges.listByCode();
    }
}
