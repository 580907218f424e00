package io.advocacy.listening.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.listening.source.service.Backoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SIX_HOURS = Duration.ofHours(6);

    @Test
    void doublesTheIntervalPerConsecutiveFailureUpToTheCap() {
        assertThat(Backoff.after(MINUTE, 0, SIX_HOURS)).isEqualTo(MINUTE);
        assertThat(Backoff.after(MINUTE, 1, SIX_HOURS)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(MINUTE, 3, SIX_HOURS)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Backoff.after(MINUTE, 50, SIX_HOURS)).isEqualTo(SIX_HOURS);
    }

    @Test
    void neverWaitsLessThanTheIntervalEvenWhenTheCapIsShorter() {
        Duration day = Duration.ofDays(1);
        assertThat(Backoff.after(day, 2, SIX_HOURS)).isEqualTo(day);
    }
}
