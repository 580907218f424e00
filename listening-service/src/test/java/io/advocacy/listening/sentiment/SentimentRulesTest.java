package io.advocacy.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each rule of the scorer, one behaviour at a time. */
class SentimentRulesTest {

    private static final SentimentScorer SCORER = new SentimentScorer();

    private static double compound(String text) {
        return SCORER.score(text).compound();
    }

    @Test
    void ratedWordsGiveTheirSign() {
        assertThat(compound("The book was good.")).isPositive();
        assertThat(compound("The book was awful.")).isNegative();
        assertThat(compound("The book was green.")).isZero();
    }

    @Test
    void aSingleRatedWordScoresAsInVader() {
        // VADER's own examples: valence 1.9 and -1.5 + capitals + one "!", normalised by x / sqrt(x² + 15).
        assertThat(compound("The book was good.")).isEqualTo(0.4404);
        assertThat(compound("Today SUX!")).isEqualTo(-0.5461);
    }

    @Test
    void negationFlipsTheValence() {
        assertThat(compound("The food is good")).isPositive();
        assertThat(compound("The food is not good")).isNegative();
        assertThat(compound("The food isn't good")).isNegative();
        assertThat(compound("The food is never good")).isNegative();
    }

    @Test
    void negationReachesThreeWordsBack() {
        assertThat(compound("not a very good plan")).isNegative();
        assertThat(compound("not at all a good plan")).isPositive();
    }

    @Test
    void negationStopsAtClausePunctuation() {
        assertThat(compound("I did not go. Great day")).isEqualTo(compound("Great day"));
        assertThat(compound("Not now, great day")).isPositive();
    }

    @Test
    void negatedCriticismIsNeutralisedRatherThanPraise() {
        assertThat(compound("The food is not bad")).isZero();
        assertThat(compound("no problem")).isZero();
    }

    @Test
    void contractionsWithoutApostropheOrWithCurlyOnesStillNegate() {
        double straight = compound("I don't like it");
        assertThat(straight).isNegative();
        assertThat(compound("I dont like it")).isEqualTo(straight);
        assertThat(compound("I don’t like it")).isEqualTo(straight);
    }

    @Test
    void noBeforeARatedWordNegatesIt() {
        assertThat(compound("no fun")).isNegative();
        assertThat(compound("No.")).isNegative();
    }

    @Test
    void leastNegatesExceptInAtLeast() {
        assertThat(compound("the least helpful person")).isNegative();
        assertThat(compound("at least helpful")).isPositive();
    }

    @Test
    void intensifiersStrengthen() {
        assertThat(compound("a very good day")).isGreaterThan(compound("a good day"));
        assertThat(compound("a very bad day")).isLessThan(compound("a bad day"));
    }

    @Test
    void dampenersWeakenPositiveAndNegativeWordsAlike() {
        double good = compound("a good day");
        double bad = compound("a bad day");
        assertThat(compound("a slightly good day")).isStrictlyBetween(0.0, good);
        assertThat(compound("a kind of bad day")).isStrictlyBetween(bad, 0.0);
        assertThat(compound("a sort of bad day")).isStrictlyBetween(bad, 0.0);
    }

    @Test
    void degreeWordsModifyTheRatedWordAfterThemAndKeepTheirValenceAlone() {
        assertThat(compound("super sad")).isLessThan(compound("sad"));
        assertThat(compound("pretty annoying")).isStrictlyBetween(compound("annoying"), 0.0);
        assertThat(compound("she is pretty")).isPositive();
        assertThat(compound("freaking love it")).isGreaterThan(compound("love it"));
    }

    @Test
    void butShiftsWeightToTheSecondClause() {
        assertThat(compound("The food is great but the service is awful")).isNegative();
        assertThat(compound("The food is awful but the service is great")).isPositive();
    }

    @Test
    void neverSoIntensifiesInsteadOfNegating() {
        assertThat(compound("never so happy")).isGreaterThan(compound("so happy"));
    }

    @Test
    void capitalsAmplifyAWordAmongLowerCaseOnes() {
        assertThat(compound("This is GREAT")).isGreaterThan(compound("This is great"));
        assertThat(compound("This is AWFUL")).isLessThan(compound("This is awful"));
    }

    @Test
    void capitalsEverywhereAreNoEmphasis() {
        assertThat(compound("THIS IS GREAT")).isEqualTo(compound("this is great"));
    }

    @Test
    void aCapitalISingleLetterIsNoShouting() {
        assertThat(compound("I love it")).isEqualTo(compound("i love it"));
    }

    @Test
    void exclamationMarksAmplifyUpToFour() {
        double[] scores = IntStream.rangeClosed(0, 5)
                .mapToDouble(n -> compound("Great day" + "!".repeat(n)))
                .toArray();
        assertThat(scores).isSorted();
        assertThat(scores[4]).isGreaterThan(scores[3]);
        assertThat(scores[5]).isEqualTo(scores[4]);
        assertThat(compound("Awful day!!!")).isLessThan(compound("Awful day"));
    }

    @Test
    void repeatedQuestionMarksAmplify() {
        assertThat(compound("Is it good??")).isGreaterThan(compound("Is it good?"));
        assertThat(compound("Is it good?")).isEqualTo(compound("Is it good"));
    }

    @Test
    void emoticonsCarrySentimentAlsoGluedToAWord() {
        assertThat(compound(":)")).isPositive();
        assertThat(compound(":-(")).isNegative();
        assertThat(compound("XD")).isPositive();
        assertThat(compound("Great day:)")).isEqualTo(compound("Great day :)"));
        assertThat(compound(":)))")).isEqualTo(compound(":)"));
    }

    @Test
    void anEscapedHeartIsAHeart() {
        assertThat(compound("&lt;3")).isEqualTo(compound("<3")).isPositive();
        assertThat(compound("<333")).isEqualTo(compound("<3"));
    }

    @Test
    void negationsAndBoostersDoNotReachEmoticons() {
        assertThat(compound("not :)")).isEqualTo(compound(":)"));
        assertThat(compound("so :(")).isEqualTo(compound(":("));
    }

    @Test
    void emojiAreRatedByTheirNamesOrTheEmoticonTheyPicture() {
        assertThat(compound("😂")).isPositive();
        assertThat(compound("😭")).isNegative();
        assertThat(compound("💔")).isNegative();
        assertThat(compound("❤️")).isEqualTo(compound("<3"));
        assertThat(compound("👍🏽")).isPositive();
        assertThat(compound("great day😂")).isGreaterThan(compound("great day"));
    }

    @Test
    void stretchedWordsAreRecognisedAndEmphasised() {
        assertThat(compound("gooood")).isGreaterThan(compound("good"));
        assertThat(compound("sooo good")).isGreaterThan(compound("so good"));
        assertThat(compound("yaaaay")).isPositive();
        assertThat(compound("nooooo")).isNegative();
    }

    @Test
    void drawnOutLaughterCounts() {
        assertThat(compound("hahahaha")).isPositive();
        assertThat(compound("lolololol")).isEqualTo(compound("lol"));
    }

    @Test
    void slangIsReadAsTheWordItStandsFor() {
        assertThat(compound("luv it")).isEqualTo(compound("love it"));
        assertThat(compound("lovin it")).isEqualTo(compound("loving it"));
        assertThat(compound("thnx")).isEqualTo(compound("thanks"));
    }

    @Test
    void hashtagsCountAsTheirWords() {
        assertThat(compound("#fail")).isEqualTo(compound("fail"));
        assertThat(compound("#EpicFail")).isEqualTo(compound("epic fail"));
    }

    @Test
    void linksAndMentionsAreNeutral() {
        assertThat(compound("@happy")).isZero();
        assertThat(compound("http://example.com/great-love")).isZero();
        assertThat(compound("@happy thanks")).isEqualTo(compound("thanks"));
    }

    @Test
    void phrasesOfTheLexiconCountAsOne() {
        assertThat(compound("I am fed up")).isNegative();
        assertThat(compound("I can't stand it")).isNegative();
        assertThat(compound("yeah right")).isNegative();
        assertThat(compound("this party is the bomb")).isPositive();
    }

    @Test
    void likeAfterAVerbOfSeemingIsAPreposition() {
        assertThat(compound("It looks like rain")).isZero();
        assertThat(compound("I like rain")).isPositive();
    }

    @Test
    void moreRatedWordsAddIntensityButLessThanTheirSum() {
        double one = compound("good");
        double two = compound("good good");
        assertThat(two).isGreaterThan(one);
        double sum = 2 * 1.9;
        assertThat(two).isLessThan(sum / Math.sqrt(sum * sum + 15));
    }

    @Test
    void textWithoutWordsIsNeutral() {
        for (String text : List.of("", "   ", "!!!", "...", "@someone http://example.com")) {
            assertThat(SCORER.score(text)).as(text).isEqualTo(new Sentiment(0, 0, 1, 0));
        }
    }

    @Test
    void scoresStayWithinTheirBounds() {
        Sentiment gushing = SCORER.score("LOVE love LOVE ".repeat(500) + "!!!!!!");
        assertThat(gushing.compound()).isBetween(0.99, 1.0);
        Sentiment mixed = SCORER.score("I love the design but the battery is terrible and support is slow :(");
        assertThat(mixed.compound()).isBetween(-1.0, 1.0);
        assertThat(mixed.positive() + mixed.neutral() + mixed.negative()).isCloseTo(1.0, within(0.002));
    }

    @Test
    void scoringIsThreadSafe() {
        String[] texts = RatedPosts.development().texts();
        double[] sequential = IntStream.range(0, texts.length)
                .mapToDouble(i -> compound(texts[i]))
                .toArray();
        double[] parallel = IntStream.range(0, texts.length)
                .parallel()
                .mapToDouble(i -> compound(texts[i]))
                .toArray();
        assertThat(parallel).containsExactly(sequential);
    }
}
