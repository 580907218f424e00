package io.advocacy.listening.source.service;

import io.advocacy.listening.source.repository.FeedSource;
import io.advocacy.listening.source.rest.SourceView;
import java.util.Arrays;
import java.util.List;

/** Maps feed sources between the database, the wire and the pollers, in one place. */
public final class SourceMapper {

    private SourceMapper() {}

    static SourceView toView(FeedSource source) {
        return new SourceView(
                source.id,
                source.programme,
                source.name,
                source.url,
                source.platform,
                source.pollIntervalSeconds,
                source.active,
                source.createdAt,
                source.updatedAt,
                source.createdBy,
                new SourceView.Health(
                        status(source),
                        source.lastPolledAt,
                        source.lastSuccessAt,
                        source.lastErrorAt,
                        source.lastError,
                        source.consecutiveFailures,
                        source.entriesSeen,
                        source.lastEntryPublishedAt,
                        source.nextPollAt));
    }

    static ClaimedSource toClaimed(FeedSource source) {
        List<String> seen = source.seenEntryIds == null ? List.of() : Arrays.asList(source.seenEntryIds);
        return new ClaimedSource(
                source.id,
                source.url,
                source.platform,
                source.etag,
                source.lastModified,
                new FeedCursor(source.lastEntryPublishedAt, seen));
    }

    private static String status(FeedSource source) {
        if (source.lastPolledAt == null) {
            return "pending";
        }
        return source.consecutiveFailures == 0 ? "ok" : "failing";
    }
}
