package io.advocacy.listening.query.service;

import io.advocacy.listening.query.expression.Expression;
import io.advocacy.listening.query.expression.ExpressionParser;
import io.advocacy.listening.query.expression.TextWords;
import io.advocacy.listening.query.expression.Vocabulary;
import io.advocacy.listening.query.repository.ListeningQuery;
import io.advocacy.listening.query.repository.QueryRepository;
import io.advocacy.listening.query.repository.QueryVersion;
import io.advocacy.listening.query.repository.QueryVersionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the current version of every active query to incoming mentions. The compiled queries are cached and
 * reloaded when this instance changes a query, and at least every few seconds to see other instances' changes.
 */
@ApplicationScoped
public class QueryMatcher {

    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    private final QueryRepository queries;
    private final QueryVersionRepository versions;
    private volatile Snapshot snapshot = expired();

    public QueryMatcher(QueryRepository queries, QueryVersionRepository versions) {
        this.queries = queries;
        this.versions = versions;
    }

    /** The queries in force; call within a session. */
    public Uni<Snapshot> current() {
        Snapshot known = snapshot;
        if (System.nanoTime() - known.loadedAt() < MAX_AGE_NANOS) {
            return Uni.createFrom().item(known);
        }
        return queries.active()
                .chain(active -> versions.currentOfActive().map(current -> compile(active, current)))
                .invoke(loaded -> snapshot = loaded);
    }

    /** Forgets the cache; call after a change to the queries has committed. */
    public void invalidate() {
        snapshot = expired();
    }

    private static Snapshot expired() {
        return new Snapshot(List.of(), Vocabulary.NONE, System.nanoTime() - 2 * MAX_AGE_NANOS);
    }

    private static Snapshot compile(List<ListeningQuery> active, List<QueryVersion> current) {
        Map<UUID, ListeningQuery> byId = active.stream().collect(Collectors.toMap(q -> q.id, Function.identity()));
        List<Compiled> compiled = current.stream()
                .filter(v -> byId.containsKey(v.queryId))
                .map(v -> new Compiled(
                        new QueryMatch(byId.get(v.queryId).programme, v.queryId, v.version),
                        ExpressionParser.parse(v.expression),
                        v.platforms == null ? null : Set.copyOf(QueryMapper.listOf(v.platforms)),
                        v.languages == null ? null : Set.copyOf(QueryMapper.listOf(v.languages))))
                .toList();
        return new Snapshot(
                compiled,
                Vocabulary.of(compiled.stream().map(Compiled::expression).toList()),
                System.nanoTime());
    }

    /**
     * The compiled queries in force at one moment.
     *
     * @param vocabulary the terms they look for, which say nothing of a mention's language
     */
    public record Snapshot(List<Compiled> queries, Vocabulary vocabulary, long loadedAt) {

        /** Every query the mention matches, in no particular order. */
        public List<QueryMatch> match(String platform, String language, String text) {
            TextWords words = TextWords.of(text);
            return queries.stream()
                    .filter(q -> q.platforms() == null || q.platforms().contains(platform))
                    .filter(q -> q.languages() == null || q.languages().contains(language))
                    .filter(q -> q.expression().matches(words))
                    .map(Compiled::match)
                    .toList();
        }
    }

    /** One query version, ready to apply. */
    public record Compiled(QueryMatch match, Expression expression, Set<String> platforms, Set<String> languages) {}
}
