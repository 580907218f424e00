package io.advocacy.listening.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.advocacy.listening.source.polling.FeedEntry;
import io.advocacy.listening.source.polling.FeedFailure;
import io.advocacy.listening.source.polling.FeedParser;
import io.advocacy.listening.source.polling.ParsedFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final URI FEED = URI.create("https://forum.example/feed.xml");

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String document) throws FeedFailure {
        return parser.parse(document.getBytes(StandardCharsets.UTF_8), "application/xml; charset=utf-8", FEED);
    }

    @Test
    void readsAnRssItemAsPlainTextWithItsGuidAuthorAndDate() throws FeedFailure {
        ParsedFeed feed = parse(SampleFeeds.rss(
                "Lumen forum",
                List.of(new SampleFeeds.Item(
                        "urn:post:1",
                        "I &lt;b&gt;love&lt;/b&gt; Lumen",
                        "<p>Works &amp; <a href='x'>syncs</a> well</p>",
                        "ada",
                        Instant.parse("2026-11-20T10:15:30Z")))));

        assertThat(feed.title()).isEqualTo("Lumen forum");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo("urn:post:1");
        assertThat(entry.title()).isEqualTo("I love Lumen");
        assertThat(entry.body()).isEqualTo("Works & syncs well");
        assertThat(entry.author()).isEqualTo("ada");
        assertThat(entry.published()).isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:30Z"));
    }

    @Test
    void readsAnAtomEntryResolvingItsRelativeLink() throws FeedFailure {
        ParsedFeed feed = parse(SampleFeeds.atom(
                "Lumen blog",
                List.of(new SampleFeeds.Item(
                        "tag:blog.example,2026:1",
                        "Lumen 2.0",
                        "<p>Fast <em>and</em> calm</p>",
                        "Grace",
                        Instant.parse("2026-11-21T08:00:00Z")))));

        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo("tag:blog.example,2026:1");
        assertThat(entry.link()).startsWith("https://forum.example/posts/");
        assertThat(entry.body()).isEqualTo("Fast and calm");
        assertThat(entry.author()).isEqualTo("Grace");
        assertThat(entry.published()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void qualifiesABareGuidWithTheFeedsHostAndHashesAnOverlongOne() throws FeedFailure {
        String overlong = "urn:" + "x".repeat(300);
        ParsedFeed feed = parse(SampleFeeds.rss(
                "t",
                List.of(
                        new SampleFeeds.Item("123", "a", "b", "c", null),
                        new SampleFeeds.Item(overlong, "a", "b", "c", null))));

        assertThat(feed.entries().get(0).id()).isEqualTo("forum.example/123");
        assertThat(feed.entries().get(0).published()).isNull();
        assertThat(feed.entries().get(1).id()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void refusesInvalidXmlAsAMalformedFeed() {
        assertThatThrownBy(() -> parse("<rss><channel><item><title>unclosed"))
                .isInstanceOf(FeedFailure.class)
                .hasMessageStartingWith("malformed feed");
    }

    @Test
    void refusesAWebPageAsAMalformedFeed() {
        assertThatThrownBy(() -> parse("<html><body><p>not a feed</p></body></html>"))
                .isInstanceOf(FeedFailure.class)
                .hasMessageStartingWith("malformed feed");
    }

    @Test
    void refusesADocumentTypeDeclarationSoNoExternalEntityIsRead() {
        String document = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title><link>https://x/</link>
                <description>d</description></channel></rss>
                """;
        assertThatThrownBy(() -> parse(document)).isInstanceOf(FeedFailure.class);
    }
}
