package io.advocacy.listening.source.polling;

import io.advocacy.listening.mention.service.Ingested;
import io.advocacy.listening.mention.service.MentionService;
import io.advocacy.listening.mention.service.Outcome;
import io.advocacy.listening.source.service.ClaimedSource;
import io.advocacy.listening.source.service.SourcePollState;
import io.advocacy.platform.events.OutboxLag;
import io.quarkus.logging.Log;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Polls feed sources: claims the due ones, reads each feed on a worker thread, hands its new entries to
 * {@link MentionService#ingest} (which matches, dedupes, scores, stores and publishes them in one transaction) and
 * only then advances the source's cursor. If the service stops between the two, the next poll hands the same entries
 * over again and ingestion, idempotent on platform and entry id, publishes none of them twice. A failing source
 * records its error and backs off; the others go on. All its state is in the database, so a restart resumes from
 * the stored cursors.
 */
@ApplicationScoped
public class FeedPoller {

    private final FeedReader reader;
    private final SourcePollState state;
    private final MentionService mentions;
    private final OutboxLag lag;

    public FeedPoller(FeedReader reader, SourcePollState state, MentionService mentions, OutboxLag lag) {
        this.reader = reader;
        this.state = state;
        this.mentions = mentions;
        this.lag = lag;
    }

    /**
     * Polls the sources that are due, one after another; never fails. Call on a Vert.x context. While events wait to
     * be published past the backlog threshold, nothing is polled: the sources stay due and are read once it drains.
     */
    public Uni<Void> pollDue() {
        if (lag.overloaded()) {
            Log.debugf("Feed polling paused: the outbox backlog is past its threshold (%s)", lag.last());
            return Uni.createFrom().voidItem();
        }
        return state.claimDue()
                .onItem()
                .transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem()
                .transformToUniAndConcatenate(this::poll)
                .collect()
                .asList()
                .invoke(polled -> {
                    if (!polled.isEmpty()) {
                        Log.debugf("Polled %d feed source(s)", polled.size());
                    }
                })
                .onFailure()
                .invoke(failure -> Log.warnf("Could not claim the due feed sources: %s", failure.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Polls one source now, due or not. Call on a Vert.x context. */
    public Uni<PollOutcome> pollNow(UUID sourceId) {
        return state.claim(sourceId).chain(this::poll);
    }

    private Uni<PollOutcome> poll(ClaimedSource source) {
        OffsetDateTime polledAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return VertxContextSupport.executeBlocking(() -> reader.read(source, polledAt))
                .chain(read -> ingest(read)
                        .call(() -> state.succeeded(source, read.success()))
                        .map(results -> outcome(source, read, results)))
                .invoke(outcome -> Log.debugf(
                        "Polled source %s: %d entries, %d new, %d accepted, %d duplicates",
                        source.id(), outcome.entries(), outcome.newEntries(), outcome.accepted(), outcome.duplicates()))
                .onFailure()
                .recoverWithUni(failure -> recordFailure(source, polledAt, failure));
    }

    private Uni<List<Ingested>> ingest(FeedRead read) {
        if (!read.mentions().isEmpty()) {
            return mentions.ingest(read.mentions(), read.invalid());
        }
        if (read.invalid() > 0) {
            return mentions.countRejected(read.invalid()).replaceWith(List.of());
        }
        return Uni.createFrom().item(List.of());
    }

    private Uni<PollOutcome> recordFailure(ClaimedSource source, OffsetDateTime polledAt, Throwable failure) {
        String error = failure instanceof FeedFailure
                ? failure.getMessage()
                : "could not store the entries or the cursor: "
                        + failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Log.warnf("Polling feed source %s (%s) failed: %s", source.id(), source.url(), error);
        return state.failed(source, polledAt, error)
                .onFailure()
                .invoke(f -> Log.warnf("Could not record the failure of feed source %s: %s", source.id(), f))
                .onFailure()
                .recoverWithNull()
                .replaceWith(PollOutcome.failed(source.id(), error));
    }

    private static PollOutcome outcome(ClaimedSource source, FeedRead read, List<Ingested> results) {
        int accepted = count(results, Outcome.ACCEPTED);
        int duplicates = count(results, Outcome.DUPLICATE) + count(results, Outcome.NEAR_DUPLICATE);
        return new PollOutcome(source.id(), read.entries(), read.newEntries(), accepted, duplicates, null);
    }

    private static int count(List<Ingested> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
