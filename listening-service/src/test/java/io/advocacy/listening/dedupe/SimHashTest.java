package io.advocacy.listening.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String POST =
            "Lumen just shipped offline sync and it is the best update they have made all year";

    private static int distance(String a, String b) {
        return SimHash.distance(SimHash.of(a), SimHash.of(b));
    }

    @Test
    void findsCopiesWithAnotherLinkOrARetweetPrefixNear() {
        assertThat(distance(POST, POST)).isZero();
        assertThat(distance(POST + " https://lumen.example/blog", "RT @ada: " + POST + " https://t.example/x1"))
                .isLessThanOrEqualTo(SimHash.MAX_DISTANCE);
        assertThat(distance(POST, POST.toUpperCase() + "!!")).isZero();
    }

    @Test
    void keepsDifferentPostsFarApart() {
        assertThat(distance(POST, "Lumen support closed my ticket without reading it and I am done with them"))
                .isGreaterThan(SimHash.MAX_DISTANCE * 3);
        assertThat(distance(POST, "Lumen just shipped offline sync and it is the worst update they have made"))
                .isGreaterThan(0);
    }

    @Test
    void leavesShortTextsAlone() {
        assertThat(SimHash.of("love it")).isNull();
        assertThat(SimHash.of("Lumen ok https://a.example/very/long/link/with/many/parts"))
                .isNull();
    }

    @Test
    void splitsIntoFourBands() {
        long hash = 0x1234_5678_9abc_def0L;
        assertThat(SimHash.band(hash, 0)).isEqualTo(0xdef0);
        assertThat(SimHash.band(hash, 3)).isEqualTo(0x1234);
    }
}
