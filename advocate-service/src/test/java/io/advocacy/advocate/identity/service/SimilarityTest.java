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

    @Test
    void aHandleNamedFromAnotherPlatformLinksTheProfiles() {
        var naming = new Similarity.Profile(
                UUID.randomUUID(),
                "Ada T",
                List.of(new Similarity.Shown("twitter", "twitter:ada_t", "Ada T", "ada_t")),
                List.of(new Similarity.Reference("twitter:ada_t", "twitter", "countess")));
        var alone = Similarity.of(naming, on("mastodon", "countess", "Lady Byron-King"));
        assertThat(alone.score()).isEqualTo(0.8);
        assertThat(alone.reasons())
                .containsExactly("twitter:ada_t mentioned @countess, the handle of mastodon:countess");

        var alike = Similarity.of(on("mastodon", "countess", "Ada Tee"), naming);
        assertThat(alike.score())
                .isGreaterThan(Similarity.of(on("mastodon", "other", "Ada Tee"), naming)
                        .score());

        var samePlatform = Similarity.of(naming, on("twitter", "countess", "Lady Byron-King"));
        assertThat(samePlatform.reasons()).isEmpty();
        assertThat(samePlatform.score()).isLessThan(0.8);
    }

    @Test
    void readsHandlesFromTextAndUrl() {
        assertThat(References.of("Find me @AdaL@mastodon.social, and thanks @lumen. Mail a@b.com", null))
                .containsExactly("adal", "lumen");
        assertThat(References.of(null, "https://mastodon.social/@ada_m/1234")).containsExactly("ada_m");
        assertThat(References.of("no handles here", "https://example.com/a")).isEmpty();
    }
}
