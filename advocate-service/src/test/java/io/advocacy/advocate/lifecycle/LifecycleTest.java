package io.advocacy.advocate.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.advocate.profile.repository.Stage;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void leadsFromDiscoveredToActiveOneStepAtATime() {
        assertThat(Lifecycle.nextStages(Stage.DISCOVERED)).containsExactly(Stage.INVITED);
        assertThat(Lifecycle.nextStages(Stage.INVITED)).containsExactly(Stage.ONBOARDED);
        assertThat(Lifecycle.nextStages(Stage.ONBOARDED)).containsExactly(Stage.ACTIVE);
        assertThat(Lifecycle.canMove(Stage.DISCOVERED, Stage.ACTIVE)).isFalse();
    }

    @Test
    void activeAdvocatesBecomeAlumniAndAlumniMayComeBack() {
        assertThat(Lifecycle.nextStages(Stage.ACTIVE)).containsExactly(Stage.ALUMNI);
        assertThat(Lifecycle.nextStages(Stage.ALUMNI)).containsExactly(Stage.ACTIVE);
        assertThat(Lifecycle.canMove(Stage.ALUMNI, Stage.DISCOVERED)).isFalse();
    }

    @Test
    void nobodyStaysPutThroughAMove() {
        for (Stage stage : Stage.values()) {
            assertThat(Lifecycle.canMove(stage, stage)).isFalse();
        }
    }
}
