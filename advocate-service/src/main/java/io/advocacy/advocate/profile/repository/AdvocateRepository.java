package io.advocacy.advocate.profile.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stored advocate profiles. */
@ApplicationScoped
public class AdvocateRepository implements PanacheRepositoryBase<Advocate, UUID> {

    /**
     * The person behind an author key, locked for update until the transaction ends, so a mention, a move through the
     * lifecycle and a change of manager apply to the same person one after the other; call within a transaction.
     */
    public Uni<Advocate> lockByAuthorKey(String authorKey) {
        return find("authorKey", authorKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** One person locked for update until the transaction ends, or null; call within a transaction. */
    public Uni<Advocate> lockById(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The profile a person lives on in: this one, or where its chain of merges ends, read with the given lock.
     *
     * @param lock {@link LockModeType#NONE} to read, {@link LockModeType#PESSIMISTIC_WRITE} to change it
     */
    public Uni<Advocate> livesOn(Advocate advocate, LockModeType lock) {
        return advocate.mergedInto == null
                ? Uni.createFrom().item(advocate)
                : findById(advocate.mergedInto, lock).chain(next -> livesOn(next, lock));
    }

    /** How many people each manager looks after, by username; managers who look after nobody are absent. */
    public Uni<Map<String, Long>> loads() {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select manager, count(*) from Advocate where manager is not null group by manager",
                                Object[].class)
                        .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    }

    /** How many people one manager looks after. */
    public Uni<Long> countAssignedTo(String manager) {
        return count("manager", manager);
    }

    /** Everyone a manager looks after, longest first, locked for update; call within a transaction. */
    public Uni<List<Advocate>> lockAssignedTo(String manager) {
        return find("manager", Sort.ascending("managerAssignedAt").and("id"), manager)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The people a manager took on most recently, newest first, locked for update; call within a transaction. */
    public Uni<List<Advocate>> lockNewestAssignedTo(String manager, int count) {
        return find("manager", Sort.descending("managerAssignedAt").and("id", Sort.Direction.Descending), manager)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .range(0, count - 1)
                .list();
    }

    public Uni<List<Advocate>> page(ProfileFilter filter, int page, int size) {
        return find(where(filter), Sort.descending("lastMentionAt").and("id"), parameters(filter))
                .page(page, size)
                .list();
    }

    public Uni<Long> count(ProfileFilter filter) {
        return count(where(filter), parameters(filter));
    }

    private static String where(ProfileFilter filter) {
        // Profiles merged into another are read by id only; an author key finds the profile that holds it now.
        List<String> conditions = new java.util.ArrayList<>(List.of("mergedInto is null"));
        if (filter.category() != null) {
            conditions.add("category = :category");
        }
        if (filter.stage() != null) {
            conditions.add("stage = :stage");
        }
        if (filter.authorKey() != null) {
            conditions.add("id in (select i.advocateId from AdvocateIdentity i where i.identityKey = :authorKey)");
        }
        return String.join(" and ", conditions);
    }

    private static Parameters parameters(ProfileFilter filter) {
        Parameters parameters = new Parameters();
        if (filter.category() != null) {
            parameters.and("category", filter.category());
        }
        if (filter.stage() != null) {
            parameters.and("stage", filter.stage());
        }
        if (filter.authorKey() != null) {
            parameters.and("authorKey", filter.authorKey());
        }
        return parameters;
    }
}
