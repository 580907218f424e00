package io.advocacy.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentOverrideTest {

    private final SentimentScorer scorer = new SentimentScorer();

    @Test
    void neutralisesAProductNameThatSoundsNegative() {
        String text = "Just bought War Zone for my kids";
        assertThat(scorer.score(text).compound()).isLessThan(-0.05);
        assertThat(scorer.score(text, List.of(new SentimentOverride(List.of("war", "zone"), 0)))
                        .compound())
                .isEqualTo(0.0);
    }

    @Test
    void reweightsAPhraseThatIsPraiseInThisProgramme() {
        String text = "The offline mode is a killer feature";
        double plain = scorer.score(text).compound();
        double tuned = scorer.score(text, List.of(new SentimentOverride(List.of("killer", "feature"), 2.5)))
                .compound();
        assertThat(plain).isLessThan(0);
        assertThat(tuned).isGreaterThan(0.2);
    }

    @Test
    void leavesTextWithoutThePhraseAsItWas() {
        String text = "I love the new dashboard";
        assertThat(scorer.score(text, List.of(new SentimentOverride(List.of("war", "zone"), 0))))
                .isEqualTo(scorer.score(text));
    }
}
