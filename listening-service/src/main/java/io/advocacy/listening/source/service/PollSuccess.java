package io.advocacy.listening.source.service;

import java.time.OffsetDateTime;

/**
 * A poll whose new entries were ingested and committed: the cursor to store and what to ask with next time.
 *
 * @param polledAt when the poll began
 * @param etag the answer's ETag, null when it gave none; ignored when the feed did not change
 * @param lastModified the answer's Last-Modified, null when it gave none; ignored when the feed did not change
 * @param cursor the advanced cursor; null when the feed did not change (a 304), which keeps cursor and validators
 * @param newEntries how many entries were new and handed to ingestion
 */
public record PollSuccess(
        OffsetDateTime polledAt, String etag, String lastModified, FeedCursor cursor, int newEntries) {}
