package io.advocacy.recognition.spotlight.service;

import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.recognition.spotlight.repository.Spotlight;
import io.advocacy.recognition.spotlight.rest.SpotlightView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Maps spotlight proposals between the database and the wire, in one place. */
public final class SpotlightMapper {

    private SpotlightMapper() {}

    public static SpotlightView toView(Spotlight s) {
        return new SpotlightView(
                s.id,
                s.advocateId,
                s.mentionId,
                s.authorKey,
                s.displayName,
                s.url,
                s.sentiment,
                s.followers,
                s.score,
                s.publishedAt,
                s.status,
                s.proposedAt,
                s.decidedBy,
                s.decidedAt,
                s.note,
                s.consentConfirmedBy,
                s.consentConfirmedAt,
                s.featuredAt);
    }

    public static Page<SpotlightView> toPage(List<Spotlight> items, PageParams paging, long total) {
        return new Page<>(items.stream().map(SpotlightMapper::toView).toList(), paging.page, paging.size, total);
    }

    /** Sentiment weighted by reach: one more order of magnitude of followers adds one sentiment's worth. */
    static double score(double sentiment, int followers) {
        double score = sentiment * (1 + Math.log10(1 + Math.max(0, followers)));
        return Math.round(score * 10_000) / 10_000.0;
    }

    static Spotlight proposal(
            UUID advocateId,
            UUID mentionId,
            String authorKey,
            String displayName,
            String url,
            double sentiment,
            int followers,
            OffsetDateTime publishedAt) {
        Spotlight s = new Spotlight();
        s.id = UUID.randomUUID();
        s.advocateId = advocateId;
        s.mentionId = mentionId;
        s.authorKey = authorKey;
        s.displayName = displayName;
        s.url = url;
        s.sentiment = sentiment;
        s.followers = Math.max(0, followers);
        s.score = score(sentiment, followers);
        s.publishedAt = publishedAt;
        s.status = Spotlight.PROPOSED;
        s.proposedAt = now();
        return s;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
