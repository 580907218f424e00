package io.advocacy.interaction.erasure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Removes an erased person's interactions, outcomes, feedback, preferences, cadence, stage and segments; runs inside the consumer's
 * transaction, so it happens once.
 */
@ApplicationScoped
public class Erasure {

    /** Statements run in order, each with the advocate id as its only parameter. */
    private static final List<String> STATEMENTS = List.of(
            "delete from session_participant where advocate_id = ?1",
            "delete from advocate_ask where advocate_id = ?1",
            "delete from interaction_outcome where interaction_id in (select id from interaction where advocate_id = ?1)",
            "delete from interaction where advocate_id = ?1",
            "delete from advocate_cadence where advocate_id = ?1",
            "delete from advocate_preference where advocate_id = ?1",
            "delete from advocate_mentor where advocate_id = ?1 or mentor_id = ?1",
            "delete from advocate_stage where advocate_id = ?1",
            "delete from advocate_segment where advocate_id = ?1",
            "update interaction set mentor_id = null where mentor_id = ?1");

    public Uni<Void> erase(UUID advocateId) {
        Log.debugf("Erasing the interactions of %s", advocateId);
        return Multi.createFrom()
                .iterable(STATEMENTS)
                .onItem()
                .transformToUniAndConcatenate(
                        sql -> Panache.getSession().chain(session -> session.createNativeQuery(sql)
                                .setParameter(1, advocateId)
                                .executeUpdate()))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
