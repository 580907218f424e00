package io.advocacy.advocate.privacy.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The consent records of every person. */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<ConsentRecord, UUID> {

    /** Every record of a person, oldest first. */
    public Uni<List<ConsentRecord>> historyOf(UUID advocateId) {
        return list("advocateId", Sort.ascending("recordedAt", "id"), advocateId);
    }

    /** The record in force per purpose and channel: the latest of each. */
    public Uni<List<ConsentRecord>> currentOf(UUID advocateId) {
        return historyOf(advocateId).map(history -> {
            Map<String, ConsentRecord> latest = new LinkedHashMap<>();
            history.forEach(r -> latest.put(r.purpose + "/" + r.channel, r));
            return List.copyOf(latest.values());
        });
    }
}
