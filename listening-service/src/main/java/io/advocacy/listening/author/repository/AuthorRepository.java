package io.advocacy.listening.author.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

/** Authors and their reach. */
@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, String> {

    /**
     * Makes sure each author has a row, then reads them locked for update, so concurrent mentions by the same author
     * count one after the other instead of racing to create or update it; call within a transaction.
     */
    public Uni<List<Author>> lockOrCreate(List<Author> wanted) {
        return Multi.createFrom()
                .iterable(wanted)
                .onItem()
                .transformToUniAndConcatenate(author -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "insert into author (author_key, platform, handle,"
                                        + " display_name, followers, mentions, engagement, reach, updated_at)"
                                        + " values (?1, ?2, ?3, ?4, 0, 0, 0, 0, now()) on conflict (author_key) do nothing")
                        .setParameter(1, author.authorKey)
                        .setParameter(2, author.platform)
                        .setParameter(3, author.handle)
                        .setParameter(4, author.displayName)
                        .executeUpdate()))
                .collect()
                .last()
                .chain(() -> find(
                                "authorKey in ?1",
                                wanted.stream().map(a -> a.authorKey).toList())
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .list());
    }

    /** The authors with the most reach, optionally on one platform. */
    public Uni<List<Author>> top(String platform, int page, int size) {
        Sort sort = Sort.descending("reach", "followers").and("authorKey");
        var query = platform == null ? findAll(sort) : find("platform", sort, platform);
        return query.page(page, size).list();
    }

    public Uni<Long> count(String platform) {
        return platform == null ? count() : count("platform", platform);
    }
}
