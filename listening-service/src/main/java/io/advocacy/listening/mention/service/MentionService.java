package io.advocacy.listening.mention.service;

import io.advocacy.listening.mention.messaging.MentionScored;
import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.mention.repository.MentionRepository;
import io.advocacy.listening.mention.rest.MentionRequest;
import io.advocacy.listening.sentiment.SentimentScorer;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores mentions once per platform and id, scores them, and publishes each new one through the outbox. */
@ApplicationScoped
public class MentionService {

    private final MentionRepository mentions;
    private final SentimentScorer scorer;
    private final EventPublisher events;

    public MentionService(MentionRepository mentions, SentimentScorer scorer, EventPublisher events) {
        this.mentions = mentions;
        this.scorer = scorer;
        this.events = events;
    }

    /** Ingests a batch in one transaction; answers one result per request, in order. */
    @WithTransaction
    public Uni<List<Ingested>> ingest(List<MentionRequest> requests) {
        Map<String, MentionRequest> firstByKey = new LinkedHashMap<>();
        requests.forEach(request -> firstByKey.putIfAbsent(MentionMapper.naturalKey(request), request));
        return mentions.findByNaturalKeys(firstByKey.keySet())
                .map(found -> found.stream().collect(Collectors.toMap(m -> m.naturalKey, Function.identity())))
                .chain(known -> storeNew(firstByKey, known))
                .map(stored -> inRequestOrder(requests, stored));
    }

    private Uni<Map<String, Ingested>> storeNew(Map<String, MentionRequest> firstByKey, Map<String, Mention> known) {
        Map<String, Ingested> results = new LinkedHashMap<>();
        List<Mention> fresh = new ArrayList<>();
        firstByKey.forEach((key, request) -> {
            Mention existing = known.get(key);
            if (existing != null) {
                results.put(key, new Ingested(existing, false));
            } else {
                Mention mention = MentionMapper.toEntity(
                        request, scorer.score(request.text()).compound());
                fresh.add(mention);
                results.put(key, new Ingested(mention, true));
            }
        });
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(results);
        }
        return mentions.persist(fresh)
                .chain(() -> Multi.createFrom()
                        .iterable(fresh)
                        .onItem()
                        .transformToUniAndConcatenate(mention -> events.publish(new OutgoingEvent(
                                MentionScored.TOPIC,
                                MentionScored.TYPE,
                                mention.authorKey,
                                MentionMapper.toEvent(mention))))
                        .collect()
                        .last())
                .replaceWith(results);
    }

    /** The first occurrence of a key in the batch counts as created; a repeat within the batch is a duplicate. */
    private static List<Ingested> inRequestOrder(List<MentionRequest> requests, Map<String, Ingested> byKey) {
        List<Ingested> ordered = new ArrayList<>(requests.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (MentionRequest request : requests) {
            String key = MentionMapper.naturalKey(request);
            Ingested result = byKey.get(key);
            ordered.add(seen.add(key) ? result : new Ingested(result.mention(), false));
        }
        return ordered;
    }

    @WithSession
    public Uni<Optional<Mention>> find(UUID id) {
        return mentions.findById(id).map(Optional::ofNullable);
    }

    @WithSession
    public Uni<List<Mention>> page(String platform, int page, int size) {
        return mentions.page(platform, page, size);
    }

    @WithSession
    public Uni<Long> count(String platform) {
        return mentions.count(platform);
    }
}
