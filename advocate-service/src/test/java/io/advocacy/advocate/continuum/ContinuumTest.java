package io.advocacy.advocate.continuum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContinuumTest {

    /** Evidence of n mentions at a mean, spread over some weeks, reaching an audience, with attendance. */
    static Evidence evidence(double mean, int mentions, int weeks, long reach, int attended, int missed) {
        OffsetDateTime to = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
        return new Evidence(
                to.minusDays(180),
                to,
                mentions,
                mean * mentions,
                mean >= Continuum.POSITIVE ? mentions : 0,
                mean <= -Continuum.POSITIVE ? mentions : 0,
                weeks,
                weeks + Math.min(attended, 1),
                reach,
                attended,
                missed);
    }

    static Evidence said(double mean, int mentions) {
        return evidence(mean, mentions, Math.min(mentions, 2), 1_000, 0, 0);
    }

    @Test
    void onePostNeverMakesAStrongAdvocate() {
        assertThat(Continuum.categoryOf(said(0.95, 1))).isEqualTo(Category.SOCIAL_ADVOCATE);
        assertThat(Continuum.categoryOf(said(0.95, 3))).isEqualTo(Category.STRONG_ADVOCATE);
    }

    @Test
    void onePostNeverMakesAStrongDetractor() {
        assertThat(Continuum.categoryOf(said(-0.9, 2))).isEqualTo(Category.SOCIAL_DETRACTOR);
        assertThat(Continuum.categoryOf(said(-0.9, 3))).isEqualTo(Category.STRONG_DETRACTOR);
    }

    @Test
    void strongNeedsTheEvidenceSpreadOverWeeks() {
        assertThat(Continuum.categoryOf(evidence(0.9, 5, 1, 1_000, 0, 0))).isEqualTo(Category.SOCIAL_ADVOCATE);
        assertThat(Continuum.categoryOf(evidence(0.9, 5, 2, 1_000, 0, 0))).isEqualTo(Category.STRONG_ADVOCATE);
        assertThat(Continuum.categoryOf(evidence(-0.9, 5, 1, 1_000, 0, 0))).isEqualTo(Category.SOCIAL_DETRACTOR);
        assertThat(Continuum.categoryOf(evidence(-0.9, 5, 2, 1_000, 0, 0))).isEqualTo(Category.STRONG_DETRACTOR);
    }

    @Test
    void anAttendedInteractionInAnotherWeekShowsAnAdvocatesConsistency() {
        Evidence oneWeekOfPraise = evidence(0.9, 4, 1, 1_000, 1, 0);
        assertThat(oneWeekOfPraise.engagedWeeks()).isEqualTo(2);
        assertThat(Continuum.categoryOf(oneWeekOfPraise)).isEqualTo(Category.STRONG_ADVOCATE);
    }

    @Test
    void anAdvocateWhoMissesMoreThanTheyAttendIsNotStrong() {
        assertThat(Continuum.categoryOf(evidence(0.9, 5, 3, 1_000, 1, 2))).isEqualTo(Category.SOCIAL_ADVOCATE);
        // One miss is not a pattern; as many misses as attendances is not worse than not turning up at all.
        assertThat(Continuum.categoryOf(evidence(0.9, 5, 3, 1_000, 0, 1))).isEqualTo(Category.STRONG_ADVOCATE);
        assertThat(Continuum.categoryOf(evidence(0.9, 5, 3, 1_000, 2, 2))).isEqualTo(Category.STRONG_ADVOCATE);
    }

    @Test
    void socialNeedsAVoiceOthersHear() {
        assertThat(Continuum.categoryOf(evidence(0.8, 1, 1, Continuum.SOCIAL_REACH - 1, 0, 0)))
                .isEqualTo(Category.CASUAL_ADVOCATE);
        assertThat(Continuum.categoryOf(evidence(0.8, 1, 1, Continuum.SOCIAL_REACH, 0, 0)))
                .isEqualTo(Category.SOCIAL_ADVOCATE);
        assertThat(Continuum.categoryOf(evidence(-0.8, 2, 1, 0, 0, 0))).isEqualTo(Category.SOCIAL_DETRACTOR);
    }

    @Test
    void placesMildVoicesNearTheMiddle() {
        assertThat(Continuum.categoryOf(said(0.01, 10))).isEqualTo(Category.NEUTRAL);
        assertThat(Continuum.categoryOf(said(0.2, 10))).isEqualTo(Category.CASUAL_ADVOCATE);
        assertThat(Continuum.categoryOf(said(-0.2, 10))).isEqualTo(Category.CASUAL_DETRACTOR);
        assertThat(Continuum.categoryOf(Evidence.NONE)).isEqualTo(Category.NEUTRAL);
        assertThat(Continuum.categoryOf(evidence(0, 0, 0, 0, 3, 0))).isEqualTo(Category.NEUTRAL);
    }

    @Test
    void groupsTheStepsIntoTheFourAs() {
        assertThat(Category.STRONG_DETRACTOR.fourA()).isEqualTo(FourA.ALIENATED);
        assertThat(Category.NEUTRAL.fourA()).isEqualTo(FourA.AMBIVALENT);
        assertThat(Category.SOCIAL_ADVOCATE.fourA()).isEqualTo(FourA.ALLEGIANT);
        assertThat(Category.STRONG_ADVOCATE.fourA()).isEqualTo(FourA.ADVOCATE);
        assertThat(Category.CASUAL_DETRACTOR.isDetractor()).isTrue();
        assertThat(Category.NEUTRAL.isDetractor()).isFalse();
    }

    @Test
    void doesNotMoveSomeoneWhoseMeanOnlyJustCrossedABoundary() {
        assertThat(Continuum.place(Category.NEUTRAL, said(0.06, 5))).isEqualTo(Category.NEUTRAL);
        assertThat(Continuum.place(Category.CASUAL_ADVOCATE, said(0.04, 5))).isEqualTo(Category.CASUAL_ADVOCATE);
        assertThat(Continuum.place(Category.SOCIAL_DETRACTOR, said(-0.28, 5))).isEqualTo(Category.SOCIAL_DETRACTOR);
    }

    @Test
    void movesSomeoneWhoseMeanIsClearlyPastABoundary() {
        assertThat(Continuum.place(Category.NEUTRAL, said(0.12, 5))).isEqualTo(Category.CASUAL_ADVOCATE);
        assertThat(Continuum.place(Category.CASUAL_ADVOCATE, said(-0.01, 5))).isEqualTo(Category.NEUTRAL);
        assertThat(Continuum.place(Category.NEUTRAL, said(0.7, 5))).isEqualTo(Category.STRONG_ADVOCATE);
    }

    @Test
    void stopsShortOfACategoryTheMeanReachesOnlyWithinTheMargin() {
        assertThat(Continuum.place(Category.NEUTRAL, said(0.32, 5))).isEqualTo(Category.CASUAL_ADVOCATE);
    }

    @Test
    void explainsWhatKeepsSomeoneFromTheNextStep() {
        Evidence oneWeek = evidence(0.9, 2, 1, 40, 0, 0);
        String why = Explanation.of(Continuum.categoryOf(oneWeek), oneWeek);
        assertThat(why)
                .startsWith("from 2026-05-24 to 2026-11-20: mean sentiment 0.90 over 2 mentions")
                .contains("a social advocate has a mean of 0.3 or beyond")
                .contains("not a strong advocate because only 2 mentions (3 needed)"
                        + " and the evidence spans 1 week (2 needed)");
        Evidence unreliable = evidence(0.9, 5, 3, 1_000, 0, 2);
        assertThat(Explanation.of(Continuum.categoryOf(unreliable), unreliable))
                .contains("not a strong advocate because they missed 2 interactions and attended 0");
        Evidence quiet = evidence(0.8, 1, 1, 10, 0, 0);
        assertThat(Explanation.of(Continuum.categoryOf(quiet), quiet))
                .contains("a casual advocate")
                .contains("not a social advocate because one mention with a reach of 10 is not yet heard");
    }
}
