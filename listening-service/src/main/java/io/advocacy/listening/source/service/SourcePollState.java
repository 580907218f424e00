package io.advocacy.listening.source.service;

import io.advocacy.listening.source.repository.FeedSource;
import io.advocacy.listening.source.repository.FeedSourceRepository;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The pollers' side of a source: claims the ones that are due (moving their next poll a lease ahead, so no other
 * instance takes them meanwhile) and records each poll's outcome: the advanced cursor and health after a success, the
 * error and a backed-off next poll after a failure.
 */
@ApplicationScoped
public class SourcePollState {

    /** The longest error message kept. */
    private static final int MAX_ERROR = 1000;

    private final FeedSourceRepository sources;
    private final FeedsConfig config;

    public SourcePollState(FeedSourceRepository sources, FeedsConfig config) {
        this.sources = sources;
        this.config = config;
    }

    /** Claims the active sources that are due, most overdue first, up to the batch size. */
    @WithTransaction
    public Uni<List<ClaimedSource>> claimDue() {
        OffsetDateTime now = now();
        return sources.lockDue(now, config.batchSize())
                .map(due -> due.stream().map(source -> claim(source, now)).toList());
    }

    /** Claims one source now, due or not, active or not. */
    @WithTransaction
    public Uni<ClaimedSource> claim(UUID id) {
        return sources.lock(id).plug(ProblemException.orNotFound("Source", id)).map(source -> claim(source, now()));
    }

    /** Stores the advanced cursor and a healthy state; call once the entries' ingestion has committed. */
    @WithTransaction
    public Uni<Void> succeeded(ClaimedSource claimed, PollSuccess success) {
        return sources.lock(claimed.id())
                .invoke(source -> {
                    if (!unchanged(source, claimed)) {
                        return;
                    }
                    source.lastPolledAt = success.polledAt();
                    source.lastSuccessAt = success.polledAt();
                    source.consecutiveFailures = 0;
                    source.entriesSeen += success.newEntries();
                    if (success.cursor() != null) {
                        source.etag = success.etag();
                        source.lastModified = success.lastModified();
                        source.lastEntryPublishedAt = success.cursor().lastEntryPublishedAt();
                        source.seenEntryIds = success.cursor().seenIds().toArray(String[]::new);
                    }
                    source.nextPollAt = success.polledAt().plusSeconds(source.pollIntervalSeconds);
                })
                .replaceWithVoid();
    }

    /** Records a failed poll: the error, one more consecutive failure, and a next poll further off. */
    @WithTransaction
    public Uni<Void> failed(ClaimedSource claimed, OffsetDateTime polledAt, String error) {
        return sources.lock(claimed.id())
                .invoke(source -> {
                    if (!unchanged(source, claimed)) {
                        return;
                    }
                    source.lastPolledAt = polledAt;
                    source.lastErrorAt = polledAt;
                    source.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
                    source.consecutiveFailures++;
                    Duration wait = Backoff.after(
                            Duration.ofSeconds(source.pollIntervalSeconds),
                            source.consecutiveFailures,
                            config.maxBackoff());
                    source.nextPollAt = polledAt.plus(wait);
                })
                .replaceWithVoid();
    }

    /** Whether the source still points where it was polled; a poll of a URL since replaced is not recorded. */
    private static boolean unchanged(FeedSource source, ClaimedSource claimed) {
        if (source == null || !source.url.equals(claimed.url())) {
            Log.debugf("Source %s changed while it was polled; the poll is not recorded", claimed.id());
            return false;
        }
        return true;
    }

    private ClaimedSource claim(FeedSource source, OffsetDateTime now) {
        source.nextPollAt = now.plus(config.lease());
        return SourceMapper.toClaimed(source);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
