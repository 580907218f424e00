package io.advocacy.advocate.selection.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.advocacy.platform.problem.ProblemException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionScoresTest {

    private static SelectionInputs inputs(
            long mentions,
            long positive,
            long negative,
            double averageSentiment,
            long followers,
            long platforms,
            long menteesSettled,
            long councilTerms,
            double daysKnown,
            double daysOnAdvocateSide,
            double daysActive,
            Double daysSinceLastMention) {
        return new SelectionInputs(
                mentions,
                positive,
                negative,
                averageSentiment,
                followers,
                platforms,
                platforms,
                menteesSettled,
                councilTerms,
                daysKnown,
                daysOnAdvocateSide,
                daysActive,
                daysSinceLastMention);
    }

    @Test
    void noDataScoresZeroOnEveryAttribute() {
        Map<Attribute, SelectionScores.Score> scores = SelectionScores.all(SelectionInputs.NONE);
        assertThat(scores).hasSize(6);
        assertThat(scores.values()).allSatisfy(s -> assertThat(s.score()).isZero());
        assertThat(scores.get(Attribute.COMMITMENT).why()).contains("never mentioned");
    }

    @Test
    void computesEachFormulaFromItsInputs() {
        // 10 mentions, 8 positive, 2 negative: volume ln(11)/ln(51) = 0.6099, net share 0.6 -> 36.6
        SelectionInputs in = inputs(10, 8, 2, 0.4, 999, 2, 1, 1, 100, 50, 90, 9.0);
        Map<Attribute, SelectionScores.Score> s = SelectionScores.all(in);
        assertThat(s.get(Attribute.TRACK_RECORD).score()).isEqualTo(37);
        assertThat(s.get(Attribute.TRACK_RECORD).inputs())
                .containsEntry("mentions", 10L)
                .containsEntry("positiveMentions", 8L);
        // log10(1000) / 6 = 0.5
        assertThat(s.get(Attribute.RESPECT_AND_INFLUENCE).score()).isEqualTo(50);
        // 15 + 20 + 40 * 0.5 = 55
        assertThat(s.get(Attribute.HELPFULNESS_AND_RELIABILITY).score()).isEqualTo(55);
        assertThat(s.get(Attribute.HELPFULNESS_AND_RELIABILITY).why()).contains("50% of their time");
        // 0.6 * 0.5 + 0.4 * 0.6099 = 0.544
        assertThat(s.get(Attribute.COMMUNICATION).score()).isEqualTo(54);
        // 1 - 0.25
        assertThat(s.get(Attribute.OWN_PLATFORMS).score()).isEqualTo(75);
        // 0.6 * 0.5 + 0.4 * 0.9 = 0.66
        assertThat(s.get(Attribute.COMMITMENT).score()).isEqualTo(66);
    }

    @Test
    void theScoresAloneAreTheScoresOfTheExplainedAttributes() {
        for (SelectionInputs in : java.util.List.of(
                SelectionInputs.NONE,
                inputs(10, 8, 2, 0.4, 999, 2, 1, 1, 100, 50, 90, 9.0),
                inputs(3, 0, 3, -0.9, 5, 1, 0, 0, 3, 0, 0, 1.0))) {
            Map<Attribute, Integer> explained = new EnumMap<>(Attribute.class);
            SelectionScores.all(in).forEach((a, s) -> explained.put(a, s.score()));
            assertThat(SelectionScores.scores(in)).isEqualTo(explained);
        }
    }

    @Test
    void capsEveryAttributeAt100() {
        SelectionInputs huge = inputs(10_000, 10_000, 0, 1.0, 50_000_000, 9, 20, 10, 100, 400, 2_000, 0.0);
        assertThat(SelectionScores.all(huge).values())
                .allSatisfy(s -> assertThat(s.score()).isEqualTo(100));
    }

    @Test
    void moreNegativeThanPositiveAndOldMentionsScoreNothingThere() {
        SelectionInputs critic = inputs(20, 2, 15, -0.7, 10, 1, 0, 0, 30, 0, 0, 365.0);
        assertThat(SelectionScores.trackRecord(critic).score()).isZero();
        assertThat(SelectionScores.communication(critic).score())
                .isEqualTo(Math.round(0.4f * 100 * (float) (Math.log1p(20) / Math.log1p(50))));
        assertThat(SelectionScores.commitment(critic).score()).isZero();
    }

    @Test
    void totalIsTheWeightedMeanAndUnnamedAttributesWeighNothing() {
        Map<Attribute, Integer> scores = new EnumMap<>(Attribute.class);
        scores.put(Attribute.TRACK_RECORD, 90);
        scores.put(Attribute.COMMITMENT, 30);
        scores.put(Attribute.OWN_PLATFORMS, 0);
        assertThat(SelectionScores.total(scores, Weights.parseWeights("trackRecord:2,commitment:1")))
                .isEqualTo(70.0);
        assertThat(SelectionScores.total(scores, Weights.equal())).isEqualTo(20.0);
    }

    @Test
    void badWeightsNameTheBadPart() {
        assertThatThrownBy(() -> Weights.parseWeights("trackRecord:2,fame:3"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.getMessage()).contains("fame:3"));
        assertThatThrownBy(() -> Weights.parseWeights("trackRecord:-1")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Weights.parseWeights("trackRecord:0")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Weights.parseWeights("trackRecord")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Weights.parseWeights("commitment:1,commitment:2"))
                .isInstanceOf(ProblemException.class);
        assertThat(Weights.parseMinimums("min", "respectAndInfluence:50"))
                .containsExactly(Map.entry(Attribute.RESPECT_AND_INFLUENCE, 50.0));
    }
}
