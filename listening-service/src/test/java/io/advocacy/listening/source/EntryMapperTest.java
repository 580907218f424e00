package io.advocacy.listening.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.listening.mention.rest.MentionRequest;
import io.advocacy.listening.source.polling.EntryMapper;
import io.advocacy.listening.source.polling.FeedEntry;
import io.advocacy.listening.source.polling.ParsedFeed;
import io.advocacy.listening.source.service.ClaimedSource;
import io.advocacy.listening.source.service.FeedCursor;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryMapperTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T12:00:00Z");
    private static final ClaimedSource SOURCE = new ClaimedSource(
            UUID.randomUUID(), "https://forum.example/feed.xml", "forum", null, null, FeedCursor.start());

    @Test
    void makesAMentionOfTheSourcesPlatformByTheEntrysAuthor() {
        FeedEntry entry =
                new FeedEntry("urn:1", "Lumen rocks", "Really.", "https://forum.example/t/1", "ada", NOW.minusDays(1));
        MentionRequest mention = EntryMapper.toMention(entry, new ParsedFeed("Forum", null, List.of()), SOURCE, NOW)
                .orElseThrow();

        assertThat(mention.platform()).isEqualTo("forum");
        assertThat(mention.externalId()).isEqualTo("urn:1");
        assertThat(mention.author().handle()).isEqualTo("ada");
        assertThat(mention.author().followers()).isZero();
        assertThat(mention.url()).isEqualTo("https://forum.example/t/1");
        assertThat(mention.text()).isEqualTo("Lumen rocks\n\nReally.");
        assertThat(mention.publishedAt()).isEqualTo(NOW.minusDays(1));
    }

    @Test
    void fallsBackToTheFeedForAnAuthorlessUndatedEntryWithoutALink() {
        FeedEntry entry = new FeedEntry("urn:2", "", "Lumen is fine", null, null, null);
        MentionRequest withTitle = EntryMapper.toMention(
                        entry, new ParsedFeed("Lumen alerts", "https://alerts.example/", List.of()), SOURCE, NOW)
                .orElseThrow();
        MentionRequest withoutTitle = EntryMapper.toMention(entry, new ParsedFeed(null, null, List.of()), SOURCE, NOW)
                .orElseThrow();

        assertThat(withTitle.author().handle()).isEqualTo("Lumen alerts");
        assertThat(withTitle.url()).isEqualTo("https://alerts.example/");
        assertThat(withTitle.publishedAt()).isEqualTo(NOW);
        assertThat(withoutTitle.author().handle()).isEqualTo("forum.example");
        assertThat(withoutTitle.url()).isEqualTo(SOURCE.url());
    }

    @Test
    void skipsAnEntryThatSaysNothingAndCutsAnOverlongOne() {
        FeedEntry empty = new FeedEntry("urn:3", "", "", null, null, null);
        FeedEntry overlong = new FeedEntry("urn:4", "Lumen", "word ".repeat(5000), null, "x".repeat(300), null);
        ParsedFeed feed = new ParsedFeed(null, null, List.of());

        assertThat(EntryMapper.toMention(empty, feed, SOURCE, NOW)).isEmpty();
        MentionRequest cut = EntryMapper.toMention(overlong, feed, SOURCE, NOW).orElseThrow();
        assertThat(cut.text()).hasSizeLessThanOrEqualTo(10_000).endsWith("word");
        assertThat(cut.author().handle()).hasSize(200);
    }
}
