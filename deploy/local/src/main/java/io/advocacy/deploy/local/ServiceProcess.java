package io.advocacy.deploy.local;

import io.advocacy.platform.testing.ChildProcess;
import io.advocacy.platform.testing.HttpProbe;
import io.advocacy.platform.testing.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One service's packaged application running as a child process, ready when its readiness check says UP. */
final class ServiceProcess implements AutoCloseable {

    private final ServiceSpec spec;
    private final ChildProcess process;
    private final String url;

    private ServiceProcess(ServiceSpec spec, ChildProcess process, String url) {
        this.spec = spec;
        this.process = process;
        this.url = url;
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
                List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
        ChildProcess process = ChildProcess.start(spec.name(), command, env, log);
        return new ServiceProcess(spec, process, "http://127.0.0.1:" + port);
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
