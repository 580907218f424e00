package io.advocacy.listening.mention.service;

import io.advocacy.listening.author.service.AuthorService;
import io.advocacy.listening.dedupe.NearDuplicates;
import io.advocacy.listening.insight.service.DetractorSignals;
import io.advocacy.listening.language.LanguageDetection;
import io.advocacy.listening.mention.messaging.MentionScored;
import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.mention.repository.MentionRepository;
import io.advocacy.listening.mention.repository.MentionTally;
import io.advocacy.listening.mention.rest.MentionRequest;
import io.advocacy.listening.override.service.OverrideCatalogue;
import io.advocacy.listening.query.service.QueryMatch;
import io.advocacy.listening.query.service.QueryMatcher;
import io.advocacy.listening.sentiment.SentimentOverride;
import io.advocacy.listening.sentiment.SentimentScorer;
import io.advocacy.listening.spam.SpamFilter;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores mentions once per platform and id when they match a listening query, scores them, links near-duplicates to
 * the first copy, keeps authors' reach, and publishes each new original through the outbox (with a detractor signal
 * when a negative one comes from an author with reach); counts every outcome per day.
 */
@ApplicationScoped
public class MentionService {

    /** How far back a new mention is compared with earlier ones for near-duplicates. */
    private static final Duration NEAR_DUPLICATE_WINDOW = Duration.ofDays(7);

    private final MentionRepository mentions;
    private final MentionTally tally;
    private final QueryMatcher matcher;
    private final SentimentScorer scorer;
    private final AuthorService authors;
    private final LanguageDetection languages;
    private final DetractorSignals signals;
    private final SpamFilter spam;
    private final OverrideCatalogue overrides;
    private final EventPublisher events;

    public MentionService(
            MentionRepository mentions,
            MentionTally tally,
            QueryMatcher matcher,
            SentimentScorer scorer,
            AuthorService authors,
            LanguageDetection languages,
            DetractorSignals signals,
            SpamFilter spam,
            OverrideCatalogue overrides,
            EventPublisher events) {
        this.mentions = mentions;
        this.tally = tally;
        this.matcher = matcher;
        this.scorer = scorer;
        this.authors = authors;
        this.languages = languages;
        this.signals = signals;
        this.spam = spam;
        this.overrides = overrides;
        this.events = events;
    }

    /**
     * Ingests valid mentions in one transaction and answers one result per request, in order.
     *
     * @param rejected how many mentions of the same request were rejected as invalid, for the daily count
     */
    @WithTransaction
    public Uni<List<Ingested>> ingest(List<MentionRequest> requests, int rejected) {
        Map<String, MentionRequest> firstByKey = new LinkedHashMap<>();
        requests.forEach(request -> firstByKey.putIfAbsent(MentionMapper.naturalKey(request), request));
        return mentions.lockNaturalKeys(firstByKey.keySet())
                .chain(() -> mentions.findByNaturalKeys(firstByKey.keySet()))
                .map(found -> found.stream().collect(Collectors.toMap(m -> m.naturalKey, Function.identity())))
                .chain(known -> matcher.current()
                        .chain(queries ->
                                overrides.current().chain(tuning -> storeNew(firstByKey, known, queries, tuning))))
                .map(stored -> inRequestOrder(requests, stored))
                .call(results -> tally.add(counts(results, rejected)));
    }

    private Uni<Map<String, Ingested>> storeNew(
            Map<String, MentionRequest> firstByKey,
            Map<String, Mention> known,
            QueryMatcher.Snapshot queries,
            Map<String, List<SentimentOverride>> tuning) {
        Map<String, Ingested> results = new LinkedHashMap<>();
        Map<String, Ingested> fresh = new LinkedHashMap<>();
        firstByKey.forEach((key, request) -> {
            Mention existing = known.get(key);
            if (existing != null) {
                results.put(key, new Ingested(existing, Outcome.DUPLICATE, List.of()));
                return;
            }
            String language = languages.detect(request.text(), queries.vocabulary());
            List<QueryMatch> matches = queries.match(MentionMapper.platformOf(request), language, request.text());
            if (matches.isEmpty()) {
                results.put(key, new Ingested(null, Outcome.UNMATCHED, List.of()));
                return;
            }
            Double sentiment = languages.sentimentSupported(language)
                    ? scorer.score(request.text(), overridesFor(matches, tuning))
                            .compound()
                    : null;
            Mention mention = MentionMapper.toEntity(request, language, sentiment);
            fresh.put(key, new Ingested(mention, Outcome.ACCEPTED, matches));
        });
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(results);
        }
        List<Long> hashes = fresh.values().stream()
                .map(i -> i.mention().simhash)
                .filter(Objects::nonNull)
                .toList();
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(NEAR_DUPLICATE_WINDOW);
        return mentions.nearDuplicateCandidates(hashes, since)
                .map(originals -> NearDuplicates.classify(fresh, originals))
                .chain(spam::screen)
                .invoke(results::putAll)
                .chain(classified -> store(List.copyOf(classified.values())))
                .replaceWith(results);
    }

    /**
     * Stores new mentions (originals, near-duplicates, spam, held), updates the authors' reach for the originals,
     * records the queries matched (so a held mention can be published on release) and publishes the originals.
     */
    private Uni<Void> store(List<Ingested> stored) {
        List<Mention> originals = stored.stream()
                .filter(i -> i.outcome() == Outcome.ACCEPTED)
                .map(Ingested::mention)
                .toList();
        // Flushed before the native inserts of the matches, which refer to the new rows.
        return authors.record(originals)
                .chain(() ->
                        mentions.persist(stored.stream().map(Ingested::mention).toList()))
                .chain(mentions::flush)
                .chain(() -> Multi.createFrom()
                        .iterable(stored)
                        .filter(i -> i.outcome() == Outcome.HELD || i.outcome() == Outcome.SPAM)
                        .onItem()
                        .transformToUniAndConcatenate(i -> mentions.recordMatches(i.mention().id, i.matches()))
                        .collect()
                        .last())
                .chain(() -> Multi.createFrom()
                        .iterable(stored)
                        .filter(i -> i.outcome() == Outcome.ACCEPTED)
                        .onItem()
                        .transformToUniAndConcatenate(this::recordMatchesAndPublish)
                        .collect()
                        .last())
                .replaceWithVoid();
    }

    private Uni<Void> recordMatchesAndPublish(Ingested accepted) {
        return mentions.recordMatches(accepted.mention().id, accepted.matches())
                .chain(() -> publish(accepted.mention(), accepted.matches()));
    }

    /** Publishes a mention that is now in the stream, and a detractor signal when it is one; within a transaction. */
    public Uni<Void> publish(Mention mention, List<QueryMatch> matches) {
        return events.publish(new OutgoingEvent(
                        MentionScored.TOPIC,
                        MentionScored.TYPE,
                        mention.authorKey,
                        MentionMapper.toEvent(mention, matches)))
                .chain(() -> signals.check(mention, matches));
    }

    /** The overrides of every programme the mention matched; the first programme's wins on the same phrase. */
    private static List<SentimentOverride> overridesFor(
            List<QueryMatch> matches, Map<String, List<SentimentOverride>> tuning) {
        return matches.stream()
                .map(QueryMatch::programme)
                .distinct()
                .flatMap(programme -> tuning.getOrDefault(programme, List.of()).stream())
                .toList();
    }

    /** The first occurrence of a key in the batch decides; a repeat within the batch is a duplicate. */
    private static List<Ingested> inRequestOrder(List<MentionRequest> requests, Map<String, Ingested> byKey) {
        List<Ingested> ordered = new ArrayList<>(requests.size());
        Set<String> seen = new HashSet<>();
        for (MentionRequest request : requests) {
            String key = MentionMapper.naturalKey(request);
            Ingested result = byKey.get(key);
            boolean repeat = !seen.add(key) && result.outcome() != Outcome.UNMATCHED;
            ordered.add(repeat ? new Ingested(result.mention(), Outcome.DUPLICATE, List.of()) : result);
        }
        return ordered;
    }

    private static Map<Outcome, Long> counts(List<Ingested> results, int rejected) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        results.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
        if (rejected > 0) {
            counts.put(Outcome.REJECTED, (long) rejected);
        }
        return counts;
    }

    /** Counts mentions rejected before they reached the database. */
    @WithTransaction
    public Uni<Void> countRejected(int rejected) {
        return tally.add(Map.of(Outcome.REJECTED, (long) rejected));
    }

    @WithSession
    public Uni<Optional<Mention>> find(UUID id) {
        return mentions.findById(id).map(Optional::ofNullable);
    }

    @WithSession
    public Uni<List<Mention>> page(String platform, String status, int page, int size) {
        return mentions.page(platform, status, page, size);
    }

    @WithSession
    public Uni<Long> count(String platform, String status) {
        return mentions.count(platform, status);
    }

    @WithSession
    public Uni<Map<String, Long>> tally(java.time.LocalDate day) {
        return tally.of(day);
    }
}
