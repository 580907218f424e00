package io.advocacy.listening.source.polling;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) documents with Rome, into entries with plain text, absolute links and
 * stable ids. Document type declarations are refused, so a feed cannot make the parser read other files or hosts.
 */
@ApplicationScoped
public class FeedParser {

    /** The longest external id a mention may have; longer entry ids are hashed. */
    static final int MAX_ID = 200;

    public ParsedFeed parse(byte[] body, String contentType, URI feedUrl) throws FeedFailure {
        SyndFeed feed;
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (Exception e) {
            throw new FeedFailure("malformed feed: " + firstLine(e.getMessage()), e);
        }
        String link = absoluteHttp(feedUrl, feed.getLink());
        List<FeedEntry> entries =
                feed.getEntries().stream().map(entry -> entry(entry, feedUrl)).toList();
        return new ParsedFeed(blankToNull(plainText(feed.getTitle())), link, entries);
    }

    private static FeedEntry entry(SyndEntry entry, URI feedUrl) {
        String link = absoluteHttp(feedUrl, entry.getLink());
        String title = plainText(entry.getTitle());
        String body = plainText(bodyOf(entry));
        return new FeedEntry(
                idOf(entry, link, title + body, feedUrl),
                title,
                body,
                link,
                blankToNull(plainText(entry.getAuthor())),
                dateOf(entry));
    }

    /** The full content when the entry has one, otherwise its description or summary. */
    private static String bodyOf(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String idOf(SyndEntry entry, String link, String text, URI feedUrl) {
        String id = blankToNull(entry.getUri());
        if (id == null) {
            id = link;
        }
        if (id == null) {
            id = "sha256:" + sha256(feedUrl + "\n" + text);
        }
        id = id.strip();
        if (!id.contains(":") && feedUrl.getHost() != null) {
            // A bare guid such as "123" is unique only within its feed.
            id = feedUrl.getHost().toLowerCase(Locale.ROOT) + "/" + id;
        }
        return id.length() > MAX_ID ? "sha256:" + sha256(id) : id;
    }

    private static OffsetDateTime dateOf(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    /** The link resolved against the feed's URL, when it ends up http or https; otherwise null. */
    static String absoluteHttp(URI feedUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = feedUrl.resolve(link.strip().replace(" ", "%20"));
            String scheme =
                    resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && resolved.getHost() != null
                    ? resolved.toString()
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Text with markup removed, entities decoded and white space collapsed; empty for null. */
    static String plainText(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text().strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
