package io.advocacy.listening.source.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far polling a feed got: the newest entry date taken (never later than when it was taken, so one entry dated in
 * the future cannot hide the next ones) and the ids of the entries seen recently. An entry is new unless its id was
 * seen or it is dated before the cursor; an entry dated exactly at the cursor is new only when its id was not seen, so
 * two entries sharing a timestamp are both taken.
 *
 * @param lastEntryPublishedAt the newest entry date taken; null before the first poll
 * @param seenIds recently seen entry ids, the latest document's first
 */
public record FeedCursor(OffsetDateTime lastEntryPublishedAt, List<String> seenIds) {

    /** The most ids kept; feeds show far fewer entries at a time. */
    public static final int MAX_SEEN = 1000;

    public FeedCursor {
        seenIds = List.copyOf(seenIds);
    }

    /** Before the first poll: every entry is new. */
    public static FeedCursor start() {
        return new FeedCursor(null, List.of());
    }

    /**
     * Whether an entry is new.
     *
     * @param published its date; null when the feed gives none (then only its id decides)
     */
    public boolean isNew(String id, OffsetDateTime published) {
        if (seenIds.contains(id)) {
            return false;
        }
        return published == null || lastEntryPublishedAt == null || !published.isBefore(lastEntryPublishedAt);
    }

    /**
     * The cursor after a document was taken: its ids come first, then earlier ids it no longer shows, up to
     * {@link #MAX_SEEN}; the date moves to its newest entry, but not past {@code now}.
     */
    public FeedCursor advance(List<String> documentIds, List<OffsetDateTime> documentDates, OffsetDateTime now) {
        Set<String> ids = new LinkedHashSet<>(documentIds);
        ids.addAll(seenIds);
        List<String> kept = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_SEEN));
        OffsetDateTime newest = lastEntryPublishedAt;
        for (OffsetDateTime date : documentDates) {
            if (date == null) {
                continue;
            }
            OffsetDateTime taken = date.isAfter(now) ? now : date;
            if (newest == null || taken.isAfter(newest)) {
                newest = taken;
            }
        }
        return new FeedCursor(newest, kept);
    }
}
