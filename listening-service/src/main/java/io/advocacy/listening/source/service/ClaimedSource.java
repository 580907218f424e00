package io.advocacy.listening.source.service;

import java.util.UUID;

/**
 * A source a poller has claimed, as it was when claimed: what to fetch, how to ask, and where polling got to.
 *
 * @param etag sent back as If-None-Match; null when none was given
 * @param lastModified sent back as If-Modified-Since; null when none was given
 */
public record ClaimedSource(
        UUID id, String url, String platform, String etag, String lastModified, FeedCursor cursor) {}
