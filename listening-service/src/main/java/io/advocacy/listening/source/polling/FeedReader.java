package io.advocacy.listening.source.polling;

import io.advocacy.listening.mention.rest.MentionRequest;
import io.advocacy.listening.source.service.ClaimedSource;
import io.advocacy.listening.source.service.FeedCursor;
import io.advocacy.listening.source.service.PollSuccess;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a source's feed: fetches it, parses it, keeps the entries its cursor has not taken and turns them into
 * mentions, and works out the cursor after them. Stores nothing. Blocks: call it on a worker thread.
 */
@ApplicationScoped
public class FeedReader {

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Validator validator;

    public FeedReader(FeedFetcher fetcher, FeedParser parser, Validator validator) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.validator = validator;
    }

    public FeedRead read(ClaimedSource source, OffsetDateTime polledAt) throws FeedFailure {
        Fetched fetched = fetcher.fetch(source);
        if (!fetched.changed()) {
            return new FeedRead(0, 0, List.of(), 0, new PollSuccess(polledAt, null, null, null, 0));
        }
        ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType(), URI.create(source.url()));
        FeedCursor cursor = source.cursor();
        List<MentionRequest> mentions = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int fresh = 0;
        int invalid = 0;
        for (FeedEntry entry : feed.entries()) {
            if (!cursor.isNew(entry.id(), entry.published()) || !taken.add(entry.id())) {
                continue;
            }
            fresh++;
            Optional<MentionRequest> mention = EntryMapper.toMention(entry, feed, source, polledAt);
            if (mention.isEmpty()) {
                continue;
            }
            if (validator.validate(mention.get()).isEmpty()) {
                mentions.add(mention.get());
            } else {
                Log.debugf("Entry %s of source %s does not make a valid mention", entry.id(), source.id());
                invalid++;
            }
        }
        FeedCursor next = cursor.advance(
                feed.entries().stream().map(FeedEntry::id).toList(),
                feed.entries().stream().map(FeedEntry::published).toList(),
                polledAt);
        PollSuccess success = new PollSuccess(polledAt, fetched.etag(), fetched.lastModified(), next, fresh);
        return new FeedRead(feed.entries().size(), fresh, mentions, invalid, success);
    }
}
