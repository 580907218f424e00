package io.advocacy.interaction.preference.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stored availability windows. */
@ApplicationScoped
public class AvailabilityRepository implements PanacheRepositoryBase<AvailabilityWindow, UUID> {

    /** An advocate's windows, Monday first, earliest first. */
    public Uni<List<AvailabilityWindow>> of(UUID advocateId) {
        return list("advocateId", Sort.ascending("dayOfWeek", "startsAt"), advocateId);
    }

    /** Stores windows; none is fine (Panache refuses an empty list). */
    public Uni<Void> persistAll(List<AvailabilityWindow> windows) {
        return windows.isEmpty() ? Uni.createFrom().voidItem() : persist(windows);
    }

    /** Removes an advocate's windows, before they are written anew. */
    public Uni<Long> deleteOf(UUID advocateId) {
        return delete("advocateId", advocateId);
    }
}
