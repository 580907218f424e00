package io.advocacy.advocate.mentor.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The newcomers waiting for a mentor, first come first served. */
@ApplicationScoped
public class WaitingMenteeRepository implements PanacheRepositoryBase<WaitingMentee, UUID> {

    /** Everyone waiting, longest first. */
    public Uni<List<WaitingMentee>> queue() {
        return list("1 = 1", Sort.ascending("since").and("advocateId"));
    }

    /** The people waiting who share the language or the region, longest first; a blank value matches nobody. */
    public Uni<List<UUID>> sharing(String language, String region) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select w.advocateId from WaitingMentee w, Advocate a where a.id = w.advocateId"
                                + " and (a.language = :language or a.region = :region)"
                                + " order by w.since, w.advocateId",
                        UUID.class)
                .setParameter("language", blankToNone(language))
                .setParameter("region", blankToNone(region))
                .getResultList());
    }

    static String blankToNone(String value) {
        // Codes are two letters, so this never equals a stored one.
        return value == null || value.isBlank() ? "-" : value;
    }
}
