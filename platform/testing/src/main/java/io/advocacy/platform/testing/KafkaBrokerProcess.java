package io.advocacy.platform.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * The same broker as {@link KafkaBroker}, run in a JVM of its own (this JVM's class path, {@link #main(String[])}), so
 * that a test can crash it with SIGKILL and start it again on the same folder and ports, with its topics and records.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final List<String> command;
    private final Path log;
    private final int port;
    private volatile ChildProcess process;

    private KafkaBrokerProcess(List<String> command, Path log, int port) {
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** Starts the broker's JVM and returns once the broker answers a client. */
    public static KafkaBrokerProcess start(Path dataDir, int port, int controllerPort, Path log, Progress progress) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                KafkaBrokerProcess.class.getName(),
                dataDir.toAbsolutePath().toString(),
                Integer.toString(port),
                Integer.toString(controllerPort));
        KafkaBrokerProcess broker = new KafkaBrokerProcess(command, log, port);
        broker.run(progress);
        return broker;
    }

    private void run(Progress progress) {
        process = ChildProcess.start("Kafka", command, Map.of(), log);
        process.awaitReady(this::answers, READY_TIMEOUT, progress);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public void createTopics(Collection<TopicSpec> topics) {
        KafkaBroker.createTopics(bootstrapServers(), topics);
    }

    /** Crashes the broker: SIGKILL to its JVM, which writes nothing more and closes no connection cleanly. */
    public void kill() {
        process.kill();
    }

    /** Starts the broker again on the same folder and ports after {@link #kill()}; it recovers its log first. */
    public void restart(Progress progress) {
        if (process.isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        run(progress);
    }

    private boolean answers() {
        if (!Ports.inUse(port)) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000))) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000))
                    .nodes()
                    .get(4, TimeUnit.SECONDS)
                    .isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Stops the broker cleanly (SIGTERM runs its shutdown hook), and kills it if it does not stop. */
    @Override
    public void close() {
        process.close();
    }

    /** The broker's JVM: {@code <data folder> <port> <controller port>}; runs until it is stopped or killed. */
    public static void main(String[] args) throws InterruptedException {
        KafkaBroker broker = KafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-shutdown"));
        System.err.println("Kafka broker ready at " + broker.bootstrapServers());
        Thread.currentThread().join();
    }
}
