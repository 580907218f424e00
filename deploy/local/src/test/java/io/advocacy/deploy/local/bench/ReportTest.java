package io.advocacy.deploy.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void aMarkdownTablePadsItsColumnsAndEscapesPipes() {
        String table =
                new MarkdownTable("what", "n").row("a|b", 12).row("longer name").toString();

        assertThat(table).isEqualTo("""
                        | what        | n   |
                        | ----------- | --- |
                        | a\\|b        | 12  |
                        | longer name |     |
                        """);
        assertThatThrownBy(() -> new MarkdownTable("one").row(1, 2)).hasMessageContaining("2 cells");
    }

    @Test
    void percentilesComeFromTheRecordedLatencies() {
        Latency latency = new Latency();
        assertThat(latency.summary()).isEqualTo("-");
        for (int ms = 1; ms <= 1000; ms++) {
            latency.record(ms);
        }
        latency.record(-5);

        assertThat(latency.count()).isEqualTo(1001);
        assertThat(latency.percentile(50)).isBetween(499L, 502L);
        assertThat(latency.percentile(99)).isBetween(988L, 992L);
        assertThat(latency.max()).isBetween(1000L, 1001L);
        assertThat(latency.summary()).startsWith("50").endsWith("ms (n=1001)");
    }

    @Test
    void aStepIsSustainedOnlyWhenItSentItsRateWithoutErrorsAndKeptUp() {
        assertThat(Report.fallsBehind(1000, 990, 10_000, 9_500, 9_450, 50, 400, 29_000))
                .isNull();
        assertThat(Report.fallsBehind(1000, 900, 9_000, 9_000, 9_000, 0, 0, 0)).contains("sent only 900/s");
        assertThat(Report.fallsBehind(1000, 1000, 10_000, 10_000, 9_899, 101, 0, 0))
                .contains("101 of 10000");
        assertThat(Report.fallsBehind(1000, 1000, 10_000, 9_000, 9_000, 0, 1_001, 0))
                .contains("2001 mentions unanswered or without their advocate update");
        assertThat(Report.fallsBehind(1000, 1000, 10_000, 10_000, 8_999, 0, 0, 0))
                .contains("only 8999 of 10000");
        assertThat(Report.fallsBehind(1000, 1000, 10_000, 10_000, 10_000, 0, 2001, 0))
                .contains("2001 mentions unanswered");
        assertThat(Report.fallsBehind(1000, 1000, 10_000, 10_000, 10_000, 0, 0, 30_001))
                .contains("lag is 30001");
    }

    @Test
    void theLagSeriesIsThinnedButKeepsEveryPhaseChange() {
        List<Sampler.Sample> samples = new ArrayList<>();
        samples.add(new Sampler.Sample(0, "baseline kafka", Map.of(), Map.of(), Map.of("g", 9L)));
        for (int s = 0; s < 100; s++) {
            String phase = s < 70 ? "steady" : "max 400/s";
            samples.add(new Sampler.Sample(1000L * (s + 1), phase, Map.of(), Map.of(), Map.of("g", (long) s)));
        }

        String table = Report.lagTable(samples);

        List<String> rows = table.lines().skip(2).toList();
        assertThat(rows.size()).isBetween(25, 31);
        assertThat(rows.get(0)).startsWith("| 0 ").contains("steady");
        assertThat(table)
                .contains("| 69  | steady ")
                .contains("| 70  | max 400/s |")
                .contains("| 99  | max 400/s |");
        assertThat(table).doesNotContain("baseline");
    }

    @Test
    void aBadgesReasonEndsWithTheMentionItWasFor() {
        assertThat(EventWatcher.referenceIn("first positive mention 1b4e28ba-2fa1-11d2-883f-0016d3cca427"))
                .isEqualTo("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        assertThat(EventWatcher.referenceIn("first positive mention")).isNull();
        assertThat(EventWatcher.eventTime("2026-11-23T10:00:00.250Z", 7)).isEqualTo(1795428000250L);
        assertThat(EventWatcher.eventTime(null, 7)).isEqualTo(7);
    }

    @Test
    void cpuTimeIsReadAfterTheCommandNameEvenWhenItHasSpaces() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 1500 250 0 0 20 0 40 0 123 456";

        assertThat(Sampler.ticksOf(stat)).isEqualTo(1750);
    }
}
