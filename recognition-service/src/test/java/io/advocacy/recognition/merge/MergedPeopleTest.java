package io.advocacy.recognition.merge;

import static io.advocacy.recognition.Recognition.ADVOCATES;
import static io.advocacy.recognition.Recognition.awaitFacts;
import static io.advocacy.recognition.Recognition.awards;
import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** advocate-service's merges and unmerges of two profiles into one person, on the real topic. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class MergedPeopleTest {

    private static final String FIRST_VOICE = "first-voice";

    private final Recognition recognition = new Recognition();

    @AfterEach
    void retire() {
        recognition.retireAll();
    }

    private static void merged(UUID mergeId, UUID survivor, UUID absorbed) {
        Recognition.send(
                ADVOCATES, survivor, "io.advocacy.advocate.merged.v1", """
                {"mergeId": "%s", "survivorId": "%s", "absorbedId": "%s", "identities": ["twitter:ada", "mastodon:ada"],
                 "movedIdentities": ["mastodon:ada"], "trigger": "manual", "mergedBy": "maria",
                 "reason": "same person", "mergedAt": "2026-11-22T10:00:00Z"}
                """.formatted(mergeId, survivor, absorbed));
    }

    private static void unmerged(UUID mergeId, UUID survivor, UUID restored) {
        Recognition.send(
                ADVOCATES, survivor, "io.advocacy.advocate.unmerged.v1", """
                {"mergeId": "%s", "survivorId": "%s", "restoredId": "%s", "restoredIdentities": ["mastodon:ada"],
                 "unmergedBy": "maria", "reason": "not the same person after all", "unmergedAt": "2026-11-23T10:00:00Z"}
                """.formatted(mergeId, survivor, restored));
    }

    @Test
    void theAbsorbedHistoryCountsForTheSurvivorUntilTheMergeIsUndone() {
        String pair = recognition.badge("pair", "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 2}}");
        UUID survivor = UUID.randomUUID();
        UUID absorbed = UUID.randomUUID();
        Recognition.mention(survivor, 0.8, "2026-11-01T10:00:00Z");
        Recognition.mention(absorbed, 0.7, "2026-11-02T10:00:00Z");
        awaitFacts(survivor, 1);
        awaitFacts(absorbed, 1);
        assertThat(awards(survivor, FIRST_VOICE)).hasSize(1);
        assertThat(awards(absorbed, FIRST_VOICE)).hasSize(1);
        assertThat(awards(survivor, pair)).isEmpty();

        UUID mergeId = UUID.randomUUID();
        merged(mergeId, survivor, absorbed);
        awaitFacts(survivor, 2);
        awaitFacts(absorbed, 0);
        // Their joint history earns the badge that needs two mentions; the one each already held is not given again.
        assertThat(awards(survivor, pair)).hasSize(1);
        assertThat(awards(survivor, FIRST_VOICE)).hasSize(1);
        assertThat(awards(absorbed, FIRST_VOICE)).hasSize(1);

        // The merge published again changes nothing; the events after it on the survivor's key show it was handled.
        merged(mergeId, survivor, absorbed);
        Recognition.mention(survivor, 0.6, "2026-11-03T10:00:00Z");
        awaitFacts(survivor, 3);
        assertThat(awards(survivor, pair)).hasSize(1);

        // What still arrives for the absorbed id counts for the survivor.
        Recognition.mention(absorbed, 0.9, "2026-11-04T10:00:00Z");
        awaitFacts(survivor, 4);
        awaitFacts(absorbed, 0);

        // Undone: the restored profile gets back the fact the merge moved; what arrived meanwhile stays.
        unmerged(mergeId, survivor, absorbed);
        awaitFacts(absorbed, 1);
        awaitFacts(survivor, 3);
        Recognition.mention(absorbed, 0.5, "2026-11-05T10:00:00Z");
        awaitFacts(absorbed, 2);
        assertThat(awards(absorbed, pair)).hasSize(1);
    }

    @Test
    void aBadgeTheAbsorbedProfileHeldIsNotAwardedAgainToTheSurvivor() {
        UUID survivor = UUID.randomUUID();
        UUID absorbed = UUID.randomUUID();
        Recognition.mention(absorbed, 0.7, "2026-11-02T10:00:00Z");
        awaitFacts(absorbed, 1);
        assertThat(awards(absorbed, FIRST_VOICE)).hasSize(1);

        merged(UUID.randomUUID(), survivor, absorbed);
        awaitFacts(survivor, 1);
        assertThat(awards(survivor, FIRST_VOICE)).isEmpty();
        Recognition.mention(survivor, 0.9, "2026-11-03T10:00:00Z");
        awaitFacts(survivor, 2);
        assertThat(awards(survivor, FIRST_VOICE)).isEmpty();
    }
}
