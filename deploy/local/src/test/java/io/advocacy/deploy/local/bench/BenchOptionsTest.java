package io.advocacy.deploy.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOptionsTest {

    @Test
    void withoutArgumentsTheSteadyPhaseRunsAt200ASecondFor30Seconds() {
        BenchOptions o = BenchOptions.parse(List.of());

        assertThat(o.rate()).isEqualTo(200);
        assertThat(o.seconds()).isEqualTo(30);
        assertThat(o.max()).isFalse();
        assertThat(o.baselines()).isTrue();
    }

    @Test
    void everyOptionSetsItsOwnValue() {
        BenchOptions o = BenchOptions.parse(List.of(
                "--rate",
                "50",
                "--seconds",
                "3",
                "--max",
                "--max-start",
                "100",
                "--max-step",
                "25",
                "--step-seconds",
                "4",
                "--baseline-seconds",
                "2",
                "--drain-seconds",
                "9",
                "--no-baselines"));

        assertThat(o).isEqualTo(new BenchOptions(50, 3, true, 100, 25, 4, 2, false, 9));
    }

    @Test
    void anUnknownOptionOrABadNumberIsNamed() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rat", "5"))).hasMessageContaining("--rat");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "0"))).hasMessageContaining("--rate 0");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--seconds", "x"))).hasMessageContaining("--seconds x");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate"))).hasMessageContaining("--rate needs");
    }

    @Test
    void theStackEnvFileIsReadAsTheStackWroteIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stack.env");
        Files.writeString(file, """
                # Written by deploy/local/start; source it: . /x/stack.env
                export ADVOCACY_POSTGRES_URL='postgresql://advocacy@127.0.0.1:15432/postgres'
                export LISTENING_URL='http://127.0.0.1:8081'
                """);

        StackEnv env = StackEnv.read(file);

        assertThat(env.postgresPort()).isEqualTo(15432);
        assertThat(env.serviceUrl("listening-service")).isEqualTo("http://127.0.0.1:8081");
        assertThatThrownBy(() -> env.get("ADVOCACY_TOKEN_URL")).hasMessageContaining("deploy/local/start");
    }

    @Test
    void withoutAStackTheMessageSaysHowToStartOne(@TempDir Path dir) {
        assertThatThrownBy(() -> StackEnv.read(dir.resolve("stack.env")))
                .hasMessageContaining("No running stack")
                .hasMessageContaining("start it with deploy/local/start in another terminal");
    }
}
