package io.advocacy.recognition.badge.service;

import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.badge.repository.BadgeDefinitionRepository;
import io.advocacy.recognition.badge.rest.BadgeRequest;
import io.advocacy.recognition.criteria.service.CriteriaSchema;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** Keeps the badge definitions a programme admin manages; retired badges stay, no longer awarded. */
@ApplicationScoped
public class BadgeService {

    private final BadgeDefinitionRepository badges;

    public BadgeService(BadgeDefinitionRepository badges) {
        this.badges = badges;
    }

    /** Defines a badge; 409 when its code is taken (retired badges included). */
    @WithTransaction
    public Uni<BadgeDefinition> define(BadgeRequest request) {
        return badges.findById(request.code()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom()
                        .failure(new ProblemException(409, "Conflict", "badge " + request.code() + " already exists"));
            }
            BadgeDefinition badge = BadgeMapper.newBadge(request);
            Log.debugf("Defined badge %s", badge.code);
            return badges.persist(badge);
        });
    }

    /** Replaces a badge's definition (not its code); awards already made stand. */
    @WithTransaction
    public Uni<BadgeDefinition> redefine(String code, BadgeRequest request) {
        if (!code.equals(request.code())) {
            return Uni.createFrom()
                    .failure(new ProblemException(
                            400,
                            "Bad Request",
                            "a badge's code cannot change",
                            List.of(new Problem.Violation("code", "must be " + code + ", the badge's code"))));
        }
        return badges.findById(code)
                .plug(ProblemException.orNotFound("Badge", code))
                .invoke(badge -> BadgeMapper.apply(request, badge));
    }

    /** Stops awarding a badge; its awards stand. Retiring a retired badge changes nothing. */
    @WithTransaction
    public Uni<BadgeDefinition> retire(String code) {
        return badges.findById(code)
                .plug(ProblemException.orNotFound("Badge", code))
                .invoke(badge -> {
                    if (badge.retiredAt == null) {
                        badge.retiredAt = BadgeMapper.now();
                        Log.debugf("Retired badge %s", code);
                    }
                });
    }

    @WithSession
    public Uni<BadgeDefinition> find(String code) {
        return badges.findById(code).plug(ProblemException.orNotFound("Badge", code));
    }

    /** Readies the criteria schema at start-up rather than on the first request's event loop thread. */
    void readyCriteriaSchema(@Observes StartupEvent started) {
        CriteriaSchema.load();
    }

    @WithSession
    public Uni<List<BadgeDefinition>> all() {
        return badges.listByCode();
    }
}
