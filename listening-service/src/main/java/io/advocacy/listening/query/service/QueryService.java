package io.advocacy.listening.query.service;

import io.advocacy.listening.query.expression.ExpressionError;
import io.advocacy.listening.query.expression.ExpressionParser;
import io.advocacy.listening.query.repository.ListeningQuery;
import io.advocacy.listening.query.repository.QueryRepository;
import io.advocacy.listening.query.repository.QueryVersion;
import io.advocacy.listening.query.repository.QueryVersionRepository;
import io.advocacy.listening.query.rest.QueryRequest;
import io.advocacy.listening.query.rest.QueryUpdate;
import io.advocacy.listening.query.rest.QueryView;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Saves listening queries as versions, validating each expression first, and reads them back. Callers tell the
 * {@link QueryMatcher} after a change has committed.
 */
@ApplicationScoped
public class QueryService {

    private final QueryRepository queries;
    private final QueryVersionRepository versions;

    public QueryService(QueryRepository queries, QueryVersionRepository versions) {
        this.queries = queries;
        this.versions = versions;
    }

    @WithTransaction
    public Uni<QueryView> create(QueryRequest request, String author) {
        validate(request.expression());
        return queries.findByName(request.programme(), request.name()).chain(existing -> {
            if (existing != null) {
                throw new ProblemException(
                        409,
                        "Conflict",
                        "programme " + request.programme() + " already has a query named " + request.name() + ": "
                                + existing.id);
            }
            OffsetDateTime now = now();
            ListeningQuery query = new ListeningQuery();
            query.id = UUID.randomUUID();
            query.programme = request.programme();
            query.name = request.name().strip();
            query.active = true;
            query.currentVersion = 1;
            query.createdAt = now;
            query.updatedAt = now;
            QueryVersion version =
                    version(query.id, 1, request.expression(), request.platforms(), request.languages(), author, now);
            return queries.persist(query)
                    .chain(() -> versions.persist(version))
                    .map(ignored -> QueryMapper.toView(query, version, List.of(version)));
        });
    }

    @WithTransaction
    public Uni<QueryView> update(UUID id, QueryUpdate update, String author) {
        validate(update.expression());
        return existing(id).chain(query -> {
            OffsetDateTime now = now();
            query.currentVersion++;
            query.active = true;
            query.updatedAt = now;
            QueryVersion version = version(
                    id, query.currentVersion, update.expression(), update.platforms(), update.languages(), author, now);
            return versions.persist(version)
                    .chain(() -> versions.ofQuery(id))
                    .map(all -> QueryMapper.toView(query, version, all));
        });
    }

    @WithTransaction
    public Uni<Void> deactivate(UUID id) {
        return existing(id)
                .invoke(query -> {
                    query.active = false;
                    query.updatedAt = now();
                })
                .replaceWithVoid();
    }

    @WithSession
    public Uni<QueryView> get(UUID id) {
        return existing(id).chain(query -> versions.ofQuery(id).map(all -> QueryMapper.toView(query, all.get(0), all)));
    }

    @WithSession
    public Uni<Page<QueryView>> page(String programme, int page, int size) {
        return queries.page(programme, page, size)
                .chain(list -> Multi.createFrom()
                        .iterable(list)
                        .onItem()
                        .transformToUniAndConcatenate(
                                q -> versions.version(q.id, q.currentVersion).map(v -> QueryMapper.toView(q, v, null)))
                        .collect()
                        .asList())
                .chain(items -> queries.count(programme).map(total -> new Page<>(items, page, size, total)));
    }

    private Uni<ListeningQuery> existing(UUID id) {
        return queries.findById(id).plug(ProblemException.orNotFound("Query", id));
    }

    private static void validate(String expression) {
        try {
            ExpressionParser.parse(expression);
        } catch (ExpressionError e) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    "the expression cannot be parsed " + e.getMessage(),
                    List.of(new Problem.Violation("expression", e.getMessage())));
        }
    }

    private static QueryVersion version(
            UUID queryId,
            int number,
            String expression,
            List<String> platforms,
            List<String> languages,
            String author,
            OffsetDateTime now) {
        QueryVersion version = new QueryVersion();
        version.queryId = queryId;
        version.version = number;
        version.expression = expression.strip();
        version.platforms = QueryMapper.storedList(platforms);
        version.languages = QueryMapper.storedList(languages);
        version.createdAt = now;
        version.createdBy = author;
        return version;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
