package io.advocacy.advocate.continuum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContinuumTest {

    @Test
    void onePostNeverMakesAStrongAdvocate() {
        assertThat(Continuum.categoryOf(0.95, 1)).isEqualTo(Category.SOCIAL_ADVOCATE);
        assertThat(Continuum.categoryOf(0.95, 3)).isEqualTo(Category.STRONG_ADVOCATE);
    }

    @Test
    void onePostNeverMakesAStrongDetractor() {
        assertThat(Continuum.categoryOf(-0.9, 2)).isEqualTo(Category.SOCIAL_DETRACTOR);
        assertThat(Continuum.categoryOf(-0.9, 3)).isEqualTo(Category.STRONG_DETRACTOR);
    }

    @Test
    void placesMildVoicesNearTheMiddle() {
        assertThat(Continuum.categoryOf(0.01, 10)).isEqualTo(Category.NEUTRAL);
        assertThat(Continuum.categoryOf(0.2, 10)).isEqualTo(Category.CASUAL_ADVOCATE);
        assertThat(Continuum.categoryOf(-0.2, 10)).isEqualTo(Category.CASUAL_DETRACTOR);
        assertThat(Continuum.categoryOf(0.9, 0)).isEqualTo(Category.NEUTRAL);
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
        assertThat(Continuum.place(Category.NEUTRAL, 0.06, 5)).isEqualTo(Category.NEUTRAL);
        assertThat(Continuum.place(Category.CASUAL_ADVOCATE, 0.04, 5)).isEqualTo(Category.CASUAL_ADVOCATE);
        assertThat(Continuum.place(Category.SOCIAL_DETRACTOR, -0.28, 5)).isEqualTo(Category.SOCIAL_DETRACTOR);
    }

    @Test
    void movesSomeoneWhoseMeanIsClearlyPastABoundary() {
        assertThat(Continuum.place(Category.NEUTRAL, 0.12, 5)).isEqualTo(Category.CASUAL_ADVOCATE);
        assertThat(Continuum.place(Category.CASUAL_ADVOCATE, -0.01, 5)).isEqualTo(Category.NEUTRAL);
        assertThat(Continuum.place(Category.NEUTRAL, 0.7, 5)).isEqualTo(Category.STRONG_ADVOCATE);
    }

    @Test
    void stopsShortOfACategoryTheMeanReachesOnlyWithinTheMargin() {
        assertThat(Continuum.place(Category.NEUTRAL, 0.32, 5)).isEqualTo(Category.CASUAL_ADVOCATE);
    }
}
