package io.advocacy.listening.source.polling;

import java.util.List;

/**
 * A feed document, read.
 *
 * @param title the feed's title; null when it gives none
 * @param link the feed's own web address (not the feed's URL); null when it gives none
 * @param entries its entries, in document order
 */
public record ParsedFeed(String title, String link, List<FeedEntry> entries) {}
