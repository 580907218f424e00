package io.advocacy.listening.source.polling;

import java.time.OffsetDateTime;

/**
 * One entry of a feed, read and cleaned.
 *
 * @param id a stable id: the entry's guid or id, else its link, qualified by the feed's host when it is not already
 *     global, hashed when longer than an external id may be
 * @param title its title as plain text; may be empty
 * @param body its content (or else its description) as plain text, HTML stripped; may be empty
 * @param link its absolute http or https address; null when it gives none
 * @param author its author's name; null when it gives none
 * @param published when it was published (or else last updated); null when it gives neither
 */
public record FeedEntry(String id, String title, String body, String link, String author, OffsetDateTime published) {}
