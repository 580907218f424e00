package io.advocacy.deploy.local;

import io.advocacy.platform.testing.ChildProcess;
import io.advocacy.platform.testing.HttpProbe;
import io.advocacy.platform.testing.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One service's packaged application running as a child process, ready when its readiness check says UP. */
final class ServiceProcess implements AutoCloseable {

    private final ServiceSpec spec;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path log;
    private final String url;
    private volatile ChildProcess process;

    private ServiceProcess(ServiceSpec spec, List<String> command, Map<String, String> env, Path log, int port) {
        this.spec = spec;
        this.command = command;
        this.env = env;
        this.log = log;
        this.url = "http://127.0.0.1:" + port;
        this.process = ChildProcess.start(spec.name(), command, env, log);
    }

    static ServiceProcess start(ServiceSpec spec, Path projectRoot, int port, Map<String, String> env, Path log) {
        Path jar = projectRoot.resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    spec.name() + " is not built (" + jar + " is missing): run ./mvnw -B package"
                            + " -DskipTests, or use deploy/local/start, which builds it");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(extraOptions(spec));
        command.addAll(List.of("-jar", jar.toString()));
        return new ServiceProcess(spec, command, env, log, port);
    }

    /**
     * JVM options from {@code ADVOCACY_SERVICE_JAVA_OPTS}, split on spaces, {@code {service}} replaced by the service's
     * name: for example {@code -XX:StartFlightRecording=filename=/tmp/{service}.jfr,settings=profile}.
     */
    private static List<String> extraOptions(ServiceSpec spec) {
        String options =
                System.getenv().getOrDefault("ADVOCACY_SERVICE_JAVA_OPTS", "").strip();
        return options.isEmpty()
                ? List.of()
                : Arrays.stream(options.split("\\s+"))
                        .map(o -> o.replace("{service}", spec.name()))
                        .toList();
    }

    /** Crashes the service: SIGKILL, so no shutdown hook runs and nothing in flight is finished or committed. */
    void kill() {
        process.kill();
    }

    /** Starts the service again with the same command, port and environment after {@link #kill()}. */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(spec.name() + " is still running");
        }
        process = ChildProcess.start(spec.name(), command, env, log);
    }

    void awaitReady(Duration timeout, Progress progress) {
        process.awaitReady(this::ready, timeout, progress);
    }

    String url() {
        return url;
    }

    ServiceSpec spec() {
        return spec;
    }

    private boolean ready() {
        return HttpProbe.answersOk(url + "/q/health/ready");
    }

    @Override
    public void close() {
        process.close();
    }
}
