package io.advocacy.advocate.council.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 1, 31, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void readsDateAndTimeDurations() {
        assertThat(Terms.end("P1Y", START)).isEqualTo(START.plusYears(1));
        assertThat(Terms.end("P1M", START)).isEqualTo(OffsetDateTime.of(2026, 2, 28, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Terms.end("P2W", START)).isEqualTo(START.plusDays(14));
        assertThat(Terms.end("PT12H", START)).isEqualTo(START.plusHours(12));
        assertThat(Terms.end("P1DT2H", START)).isEqualTo(START.plusHours(26));
    }

    @Test
    void refusesNothingNegativeOverTenYearsAndWhatIsNoDuration() {
        assertThat(Terms.parse("P10Y")).isPresent();
        assertThat(Terms.parse("P10Y1D")).isEmpty();
        assertThat(Terms.parse("P0D")).isEmpty();
        assertThat(Terms.parse("PT0S")).isEmpty();
        assertThat(Terms.parse("P-1M")).isEmpty();
        assertThat(Terms.parse("one year")).isEmpty();
        assertThat(Terms.parse("")).isEmpty();
        assertThat(Terms.parse(null)).isEmpty();
    }
}
