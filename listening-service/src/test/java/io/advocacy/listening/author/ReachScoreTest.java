package io.advocacy.listening.author;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.listening.author.service.ReachScore;
import org.junit.jupiter.api.Test;

class ReachScoreTest {

    @Test
    void staysBetweenZeroAndOneHundred() {
        assertThat(ReachScore.of(0, 0, 0)).isZero();
        assertThat(ReachScore.of(Long.MAX_VALUE / 4, Long.MAX_VALUE / 4, 1_000)).isEqualTo(100);
    }

    @Test
    void countsEachOrderOfMagnitudeOfFollowersTheSame() {
        int thousand = ReachScore.of(1_000, 0, 1);
        int hundredThousand = ReachScore.of(100_000, 0, 1);
        int tenMillion = ReachScore.of(10_000_000, 0, 1);
        assertThat(hundredThousand - thousand)
                .isCloseTo(tenMillion - hundredThousand, org.assertj.core.data.Offset.offset(1));
    }

    @Test
    void engagementAndHistoryRaiseReach() {
        assertThat(ReachScore.of(5_000, 2_000, 1)).isGreaterThan(ReachScore.of(5_000, 0, 1));
        assertThat(ReachScore.of(5_000, 0, 50)).isGreaterThan(ReachScore.of(5_000, 0, 1));
    }
}
