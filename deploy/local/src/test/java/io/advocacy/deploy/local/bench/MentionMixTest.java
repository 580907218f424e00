package io.advocacy.deploy.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionMixTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<MentionMix.Mention> mentions(int n) {
        MentionMix mix = new MentionMix(1, "t1");
        List<MentionMix.Mention> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(mix.next(Instant.parse("2026-11-23T10:00:00Z")));
        }
        return all;
    }

    @Test
    void everyMentionIsAValidBodyAboutLumenWithItsOwnText() throws Exception {
        Set<String> texts = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (MentionMix.Mention m : mentions(5_000)) {
            JsonNode body = JSON.readTree(m.json());
            assertThat(body.path("text").asText()).containsIgnoringCase("lumen");
            assertThat(body.path("text").asText().split("\\s+")).hasSizeGreaterThan(10);
            assertThat(body.path("author").path("handle").asText()).isEqualTo(m.handle());
            assertThat(body.path("author").path("followers").asLong()).isPositive();
            assertThat(body.path("publishedAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
            texts.add(body.path("text").asText());
            externalIds.add(body.path("externalId").asText());
        }
        assertThat(texts).hasSize(5_000);
        assertThat(externalIds).hasSize(5_000);
    }

    @Test
    void theMixHasLanguagesSentimentsAndRepeatAuthorsUnderTheSpamFiltersRate() {
        Map<String, Integer> byAuthor = new HashMap<>();
        Map<String, Integer> byLanguage = new HashMap<>();
        Map<String, Integer> bySentiment = new HashMap<>();
        for (MentionMix.Mention m : mentions(10_000)) {
            byAuthor.merge(m.handle(), 1, Integer::sum);
            byLanguage.merge(m.language(), 1, Integer::sum);
            bySentiment.merge(m.sentiment(), 1, Integer::sum);
        }
        assertThat(byLanguage).containsOnlyKeys("en", "de", "fr", "es", "it", "pt", "nl");
        assertThat(byLanguage.get("en")).isBetween(5_000, 6_000);
        assertThat(bySentiment).containsOnlyKeys("positive", "negative", "neutral");
        assertThat(bySentiment.get("positive")).isBetween(5_500, 6_500);
        long repeatAuthors = byAuthor.values().stream().filter(n -> n > 1).count();
        assertThat(repeatAuthors).isGreaterThan(1_000);
        assertThat(byAuthor.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(30));
    }

    @Test
    void aRunIsRepeatableFromItsSeed() {
        assertThat(mentions(100)).isEqualTo(mentions(100));
    }
}
