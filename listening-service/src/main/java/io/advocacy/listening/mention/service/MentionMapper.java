package io.advocacy.listening.mention.service;

import io.advocacy.listening.dedupe.SimHash;
import io.advocacy.listening.mention.messaging.MentionScored;
import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.mention.rest.MentionRequest;
import io.advocacy.listening.mention.rest.MentionView;
import io.advocacy.listening.query.service.QueryMatch;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Maps mentions between the wire, the database and events, in one place. */
public final class MentionMapper {

    private MentionMapper() {}

    /** {@code <platform>:<external id>}, the identity of a mention. */
    public static String naturalKey(MentionRequest request) {
        return platformOf(request) + ":" + request.externalId().strip();
    }

    /** {@code <platform>:<handle>}, lower case and without a leading {@code @}: the author across the platform. */
    public static String authorKey(MentionRequest request) {
        String handle = request.author().handle().strip();
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        return platformOf(request) + ":" + handle.toLowerCase(Locale.ROOT);
    }

    static Mention toEntity(MentionRequest request, String language, Double sentiment) {
        Mention mention = new Mention();
        mention.id = UUID.randomUUID();
        mention.naturalKey = naturalKey(request);
        mention.platform = platformOf(request);
        mention.externalId = request.externalId().strip();
        mention.authorKey = authorKey(request);
        mention.authorHandle = request.author().handle().strip();
        mention.authorName = request.author().displayName();
        mention.authorFollowers = request.author().followers();
        mention.url = request.url();
        mention.text = request.text();
        mention.publishedAt = request.publishedAt();
        mention.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        mention.status = "published";
        mention.language = language;
        mention.sentimentSupported = sentiment != null;
        mention.sentiment = sentiment == null ? 0 : sentiment;
        mention.engagement =
                request.engagement() == null ? 0 : request.engagement().total();
        Long hash = SimHash.of(request.text());
        if (hash != null) {
            mention.simhash = hash;
            mention.band0 = SimHash.band(hash, 0);
            mention.band1 = SimHash.band(hash, 1);
            mention.band2 = SimHash.band(hash, 2);
            mention.band3 = SimHash.band(hash, 3);
        }
        return mention;
    }

    public static MentionView toView(Mention mention) {
        return new MentionView(
                mention.id,
                mention.platform,
                mention.externalId,
                mention.authorKey,
                mention.authorHandle,
                mention.authorName,
                mention.authorFollowers,
                mention.url,
                mention.text,
                mention.publishedAt,
                mention.receivedAt,
                mention.sentiment,
                mention.language,
                mention.sentimentSupported,
                mention.authorReach,
                mention.engagement,
                mention.duplicateOf,
                mention.status,
                mention.spamReason);
    }

    static MentionScored toEvent(Mention mention, List<QueryMatch> matches) {
        return new MentionScored(
                mention.id,
                mention.platform,
                mention.externalId,
                mention.authorKey,
                new MentionScored.Author(mention.authorHandle, mention.authorName, mention.authorFollowers),
                mention.url,
                mention.text,
                mention.publishedAt,
                mention.sentiment,
                mention.language,
                mention.sentimentSupported,
                mention.authorReach,
                matches.stream()
                        .map(m -> new MentionScored.Match(m.programme(), m.queryId(), m.queryVersion()))
                        .toList());
    }

    static String platformOf(MentionRequest request) {
        return request.platform().strip().toLowerCase(Locale.ROOT);
    }
}
