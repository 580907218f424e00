package io.advocacy.listening.source;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Test helper: writes RSS 2.0 and Atom 1.0 documents. */
final class SampleFeeds {

    /**
     * One entry.
     *
     * @param html its description or content, as HTML
     * @param published null for an entry without a date
     */
    record Item(String id, String title, String html, String author, Instant published) {}

    private SampleFeeds() {}

    static String rss(String title, List<Item> items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>%s</title>
                    <link>https://forum.example/</link>
                    <description>test feed</description>
                %s
                  </channel>
                </rss>
                """.formatted(title, items.stream().map(SampleFeeds::rssItem).collect(Collectors.joining("\n")));
    }

    static String atom(String title, List<Item> items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>%s</title>
                  <id>urn:test:%s</id>
                  <updated>2026-11-23T10:00:00Z</updated>
                  <link rel="alternate" href="https://blog.example/"/>
                %s
                </feed>
                """.formatted(
                        title,
                        title.hashCode(),
                        items.stream().map(SampleFeeds::atomEntry).collect(Collectors.joining("\n")));
    }

    private static String rssItem(Item item) {
        String date = item.published() == null
                ? ""
                : "<pubDate>"
                        + DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                item.published().atOffset(ZoneOffset.UTC)) + "</pubDate>";
        return """
                    <item>
                      <guid isPermaLink="false">%s</guid>
                      <title>%s</title>
                      <link>https://forum.example/t/%s</link>
                      <dc:creator>%s</dc:creator>
                      <description><![CDATA[%s]]></description>
                      %s
                    </item>""".formatted(item.id(), item.title(), item.id().hashCode(), item.author(), item.html(), date);
    }

    private static String atomEntry(Item item) {
        Instant date = item.published() == null ? Instant.parse("2026-11-23T10:00:00Z") : item.published();
        return """
                  <entry>
                    <id>%s</id>
                    <title>%s</title>
                    <link rel="alternate" href="/posts/%s"/>
                    <published>%s</published>
                    <updated>%s</updated>
                    <author><name>%s</name></author>
                    <content type="html">%s</content>
                  </entry>""".formatted(
                        item.id(),
                        item.title(),
                        Math.abs(item.id().hashCode()),
                        date,
                        date,
                        item.author(),
                        item.html().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }
}
