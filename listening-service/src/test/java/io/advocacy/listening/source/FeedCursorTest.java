package io.advocacy.listening.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.listening.source.service.FeedCursor;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T12:00:00Z");
    private static final OffsetDateTime TEN = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    private static final OffsetDateTime ELEVEN = OffsetDateTime.parse("2026-11-23T11:00:00Z");

    @Test
    void takesEveryEntryBeforeTheFirstPoll() {
        FeedCursor cursor = FeedCursor.start();
        assertThat(cursor.isNew("a", TEN)).isTrue();
        assertThat(cursor.isNew("b", null)).isTrue();
    }

    @Test
    void skipsSeenEntriesAndEntriesDatedBeforeTheCursor() {
        FeedCursor cursor = FeedCursor.start().advance(List.of("a", "b"), Arrays.asList(ELEVEN, null), NOW);

        assertThat(cursor.lastEntryPublishedAt()).isEqualTo(ELEVEN);
        assertThat(cursor.isNew("a", ELEVEN)).isFalse();
        assertThat(cursor.isNew("b", null)).as("seen, undated").isFalse();
        assertThat(cursor.isNew("old", TEN))
                .as("unseen but older than the cursor")
                .isFalse();
        assertThat(cursor.isNew("twin", ELEVEN))
                .as("same instant as the cursor, not seen")
                .isTrue();
        assertThat(cursor.isNew("undated", null)).isTrue();
        assertThat(cursor.isNew("later", NOW)).isTrue();
    }

    @Test
    void neverMovesPastTheTimeOfThePollSoAFutureDatedEntryHidesNothing() {
        OffsetDateTime tomorrow = NOW.plusDays(1);
        FeedCursor cursor = FeedCursor.start().advance(List.of("scheduled"), List.of(tomorrow), NOW);

        assertThat(cursor.lastEntryPublishedAt()).isEqualTo(NOW);
        assertThat(cursor.isNew("scheduled", tomorrow)).isFalse();
        assertThat(cursor.isNew("next", NOW.plusHours(1))).isTrue();
    }

    @Test
    void keepsTheLatestDocumentsIdsFirstAndABoundedNumberInAll() {
        List<String> many = IntStream.range(0, FeedCursor.MAX_SEEN)
                .mapToObj(i -> "old-" + i)
                .toList();
        FeedCursor cursor = FeedCursor.start()
                .advance(many, List.of(), NOW)
                .advance(List.of("new"), Arrays.asList((OffsetDateTime) null), NOW);

        assertThat(cursor.seenIds()).hasSize(FeedCursor.MAX_SEEN);
        assertThat(cursor.seenIds().get(0)).isEqualTo("new");
        assertThat(cursor.isNew("old-0", null)).isFalse();
    }
}
