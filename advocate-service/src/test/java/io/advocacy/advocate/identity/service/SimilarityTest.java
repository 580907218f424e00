package io.advocacy.advocate.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    private static Similarity.Profile on(String platform, String handle, String name) {
        return new Similarity.Profile(
                UUID.randomUUID(),
                name,
                List.of(new Similarity.Shown(platform, platform + ":" + handle, name, handle)));
    }

    @Test
    void theSameNameOnTwoPlatformsIsTheStrongestSignal() {
        var match = Similarity.of(on("twitter", "adal", "Ada Lovelace"), on("mastodon", "countess", "Ada Lovelace"));
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(match.reasons()).containsExactly("same display name \"Ada Lovelace\" on twitter and mastodon");

        var samePlatform = Similarity.of(on("twitter", "adal", "Ada Lovelace"), on("twitter", "ada2", "Ada Lovelace"));
        assertThat(samePlatform.score()).isLessThan(match.score());
    }

    @Test
    void ignoresCaseAccentsAndPunctuationInNames() {
        var match = Similarity.of(on("twitter", "zb", "Zoë Brontë!"), on("bluesky", "zbr", "zoe  bronte"));
        assertThat(match.score()).isEqualTo(1.0);
    }

    @Test
    void ranksASimilarNameAboveAnUnrelatedOne() {
        var ada = on("twitter", "ada_l", "Ada Lovelace");
        var similar = Similarity.of(ada, on("mastodon", "lovelace", "Ada Lovelance"));
        var unrelated = Similarity.of(ada, on("mastodon", "qz", "Quentin Zhao"));
        assertThat(similar.score()).isGreaterThan(0.85).isLessThan(1.0);
        assertThat(similar.reasons()).anySatisfy(r -> assertThat(r).startsWith("similar display names"));
        assertThat(unrelated.score()).isLessThan(0.8);
        assertThat(unrelated.reasons()).isEmpty();
    }

    @Test
    void similarHandlesAndAnEmailsLocalPartCountToo() {
        var one = on("twitter", "ada_lovelace", null);
        var other = new Similarity.Profile(
                UUID.randomUUID(),
                null,
                List.of(new Similarity.Shown("email", "ada.lovelace@example.com", null, "ada.lovelace@example.com")));
        var match = Similarity.of(one, other);
        assertThat(match.score()).isEqualTo(0.9);
        assertThat(match.reasons()).containsExactly("same handle twitter:ada_lovelace and ada.lovelace@example.com");
    }
}
