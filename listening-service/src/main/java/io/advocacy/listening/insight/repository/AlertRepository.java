package io.advocacy.listening.insight.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Programmes' alerts. */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<Alert, UUID> {

    private static final String OPEN = "programme = ?1 and closedAt is null";
    private static final String ALL = "programme = ?1";

    public Uni<List<Alert>> page(String programme, boolean openOnly, int page, int size) {
        return find(openOnly ? OPEN : ALL, Sort.descending("raisedAt").and("id"), programme)
                .page(page, size)
                .list();
    }

    /** Whether the programme has had an alert of this kind raised since the given time. */
    public Uni<Boolean> raisedSince(String programme, String kind, java.time.OffsetDateTime since) {
        return count("programme = ?1 and kind = ?2 and raisedAt > ?3", programme, kind, since)
                .map(count -> count > 0);
    }

    public Uni<Long> count(String programme, boolean openOnly) {
        return count(openOnly ? OPEN : ALL, programme);
    }
}
