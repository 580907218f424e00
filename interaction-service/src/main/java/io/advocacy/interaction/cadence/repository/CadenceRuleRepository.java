package io.advocacy.interaction.cadence.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The programme's cadence rules, by id. */
@ApplicationScoped
public class CadenceRuleRepository implements PanacheRepositoryBase<CadenceRule, UUID> {

    /** The first key of a rule target's lock; any number no other advisory lock of the service uses. */
    private static final int RULE_LOCK = 71_625_345;

    /** Every rule: stages' first (in lifecycle order of their names), then segments' by priority, highest first. */
    public Uni<List<CadenceRule>> all() {
        return listAll(
                Sort.by("stage").and("priority", Sort.Direction.Descending).and("segmentId"));
    }

    /** The rule for a stage or a segment ({@code stage:<stage>} or {@code segment:<id>}), or null. */
    public Uni<CadenceRule> ofTarget(String stage, UUID segmentId) {
        return stage != null
                ? find("stage", stage).firstResult()
                : find("segmentId", segmentId).firstResult();
    }

    /**
     * Takes a transaction-scoped advisory lock on a rule's target (a stage or a segment), so two writes for one target
     * at once take turns and the second sees the first's rule.
     */
    public Uni<Void> lock(String target) {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1, hashtext(?2)))")
                        .setParameter(1, RULE_LOCK)
                        .setParameter(2, target)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
