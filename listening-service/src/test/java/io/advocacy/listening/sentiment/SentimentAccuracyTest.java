package io.advocacy.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scorer against 2,100 posts rated by people; the original VADER reaches r = 0.871 and F1 = 0.699 on them. */
class SentimentAccuracyTest {

    /** The data set README's classes: a human mean beyond ±0.5, a compound score beyond ±0.05. */
    private static final double HUMAN_THRESHOLD = 0.5;

    private static final double SCORE_THRESHOLD = 0.05;

    @Test
    void agreesWithHumanRatingsBetterThanTheOriginalVader() {
        RatedPosts posts = RatedPosts.development();
        SentimentScorer scorer = new SentimentScorer();
        double[] compound = new double[posts.texts().length];
        for (int i = 0; i < compound.length; i++) {
            compound[i] = scorer.score(posts.texts()[i]).compound();
        }

        double r = Agreement.pearson(compound, posts.ratings());
        double f1 = Agreement.macroF1(compound, SCORE_THRESHOLD, posts.ratings(), HUMAN_THRESHOLD);
        System.out.printf("Sentiment on %d rated posts: Pearson r = %.4f, macro F1 = %.4f%n", compound.length, r, f1);

        assertThat(compound).hasSize(2100);
        assertThat(r).as("Pearson r").isGreaterThanOrEqualTo(0.88);
        assertThat(f1).as("3-class macro F1").isGreaterThanOrEqualTo(0.70);
    }
}
