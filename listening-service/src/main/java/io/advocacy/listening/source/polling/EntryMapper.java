package io.advocacy.listening.source.polling;

import io.advocacy.listening.mention.rest.MentionRequest;
import io.advocacy.listening.source.service.ClaimedSource;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Turns a feed entry into the mention it is: said on the source's platform by the entry's author (or else the feed,
 * by its title or host), readable at the entry's link (or else the feed's), with the title and text as what was said.
 */
public final class EntryMapper {

    /** The longest handle, display name and text a mention may have. */
    static final int MAX_NAME = 200;

    static final int MAX_TEXT = 10_000;

    private EntryMapper() {}

    /** The mention, or empty when the entry says nothing (no title and no text). */
    public static Optional<MentionRequest> toMention(
            FeedEntry entry, ParsedFeed feed, ClaimedSource source, OffsetDateTime now) {
        String text = (entry.title() + "\n\n" + entry.body()).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String speaker =
                firstOf(entry.author(), feed.title(), URI.create(source.url()).getHost(), source.url());
        String url = firstOf(entry.link(), feed.link(), source.url());
        return Optional.of(new MentionRequest(
                source.platform(),
                entry.id(),
                new MentionRequest.Author(cut(speaker, MAX_NAME), cut(speaker, MAX_NAME), 0L),
                url,
                cut(text, MAX_TEXT),
                entry.published() == null ? now : entry.published(),
                null));
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        throw new IllegalArgumentException("no candidate");
    }

    /** At most {@code max} characters, cut at a space when there is one in the second half. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        int end = space > max / 2 ? space : max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
