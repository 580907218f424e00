package io.advocacy.listening.source.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A feed source as the API shows it, with the health of its polling.
 *
 * @param active whether it is polled; a deactivated source keeps its cursor and health
 */
public record SourceView(
        UUID id,
        String programme,
        String name,
        String url,
        String platform,
        int pollIntervalSeconds,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String createdBy,
        Health health) {

    /**
     * How polling the source goes.
     *
     * @param status {@code pending} before the first poll, {@code ok} when the last poll succeeded, {@code failing}
     *     otherwise
     * @param lastError why the last failed poll failed; kept after the source recovers
     * @param consecutiveFailures failed polls since the last success
     * @param entriesSeen new entries handed to ingestion, in total (matching a listening query decides which become
     *     mentions)
     * @param lastEntryPublishedAt the newest entry date taken so far
     * @param nextPollAt when it is polled next, backed off while it fails
     */
    public record Health(
            String status,
            OffsetDateTime lastPolledAt,
            OffsetDateTime lastSuccessAt,
            OffsetDateTime lastErrorAt,
            String lastError,
            int consecutiveFailures,
            long entriesSeen,
            OffsetDateTime lastEntryPublishedAt,
            OffsetDateTime nextPollAt) {}
}
