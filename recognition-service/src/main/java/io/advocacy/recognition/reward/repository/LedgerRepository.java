package io.advocacy.recognition.reward.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The append-only ledger of grants' moves: entries are persisted, never changed. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    /** A grant's moves, oldest first. */
    public Uni<List<LedgerEntry>> ofGrant(UUID grantId) {
        return list("grantId", Sort.ascending("at").and("id"), grantId);
    }
}
