package io.advocacy.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Quarkus test resource that gives a service a real Kafka broker (in the test JVM) and a real PostgreSQL server (a
 * child process) with the service's database, both on free loopback ports and thrown away afterwards. Give the
 * database name as the {@code database} init argument.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker kafka;
    private static PostgresServer postgres;
    private Path workDir;
    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("advocacy-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        kafka = KafkaBroker.start(workDir.resolve("kafka"), Ports.free(), Ports.free());
        kafka.createTopics(TopicCatalogue.all());
        postgres = PostgresServer.start(
                workDir.resolve("pgdata"), Ports.free(), workDir.resolve("postgres.log"), false, Progress.dots());
        postgres.createDatabase(database);
        System.err.printf(
                "Real Kafka at %s and PostgreSQL at 127.0.0.1:%d ready in %d ms%n",
                kafka.bootstrapServers(), postgres.port(), (System.nanoTime() - started) / 1_000_000);
        return Map.of(
                "advocacy.kafka.bootstrap-servers",
                kafka.bootstrapServers(),
                "advocacy.db.port",
                Integer.toString(postgres.port()),
                "advocacy.db.name",
                database,
                "advocacy.db.username",
                PostgresServer.USER);
    }

    /** The broker of the running test, for reading and writing records directly. */
    public static KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        Folders.deleteRecursively(workDir);
    }
}
