package io.advocacy.deploy.local;

import io.advocacy.platform.testing.Folders;
import io.advocacy.platform.testing.KafkaBroker;
import io.advocacy.platform.testing.KeycloakServer;
import io.advocacy.platform.testing.Ports;
import io.advocacy.platform.testing.PostgresServer;
import io.advocacy.platform.testing.Progress;
import io.advocacy.platform.testing.TopicCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The whole platform on one machine: PostgreSQL (one database per service and one for Keycloak), a Kafka broker with
 * the platform's topics, Keycloak with the advocacy realm, and the four services. Closing it stops everything it
 * started, newest first.
 */
public final class Stack implements AutoCloseable {

    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final PrintStream out;
    private StackInfo info;

    private Stack(PrintStream out) {
        this.out = out;
    }

    /** Starts everything and returns once every service is ready; on failure stops what had started. */
    public static Stack start(StackSettings settings, PrintStream out) {
        return start(settings, Map.of(), out);
    }

    /**
     * Starts everything as {@link #start(StackSettings, PrintStream)} does, with extra environment variables for every
     * service (for example {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}).
     */
    public static Stack start(StackSettings settings, Map<String, String> serviceEnvironment, PrintStream out) {
        Stack stack = new Stack(out);
        try {
            stack.startAll(settings, serviceEnvironment);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public StackInfo info() {
        return info;
    }

    private void startAll(StackSettings s, Map<String, String> serviceEnvironment) {
        checkPortsFree(s);
        Path logs = s.logs();
        createDirectories(logs);

        PostgresServer postgres = step(
                "PostgreSQL",
                () -> PostgresServer.start(
                        s.stateDir().resolve("postgres"),
                        s.postgresPort(),
                        logs.resolve("postgres.log"),
                        s.durable(),
                        progress()));
        for (ServiceSpec service : ServiceSpec.ALL) {
            postgres.createDatabase(service.database());
        }
        postgres.createDatabase("keycloak");

        KafkaBroker kafka = step("Kafka", () -> {
            KafkaBroker broker =
                    KafkaBroker.start(s.stateDir().resolve("kafka"), s.kafkaPort(), s.kafkaControllerPort());
            broker.createTopics(TopicCatalogue.all());
            return broker;
        });

        Path realm = copyRealm(s.stateDir());
        KeycloakServer keycloak = step(
                "Keycloak (the first start on a machine also builds it, about a minute)",
                () -> KeycloakServer.start(
                        s.keycloakHome(),
                        s.keycloakPort(),
                        postgres.jdbcUrl("keycloak"),
                        PostgresServer.USER,
                        realm,
                        StackSettings.REALM,
                        logs.resolve("keycloak.log"),
                        Duration.ofSeconds(300),
                        progress()));

        Map<String, String> urls = startServices(s, postgres, kafka, keycloak, logs, serviceEnvironment);
        info = new StackInfo(
                kafka.bootstrapServers(),
                "postgresql://" + PostgresServer.USER + "@127.0.0.1:" + postgres.port() + "/postgres",
                keycloak.url(),
                StackSettings.REALM,
                urls,
                logs);
    }

    private Map<String, String> startServices(
            StackSettings s,
            PostgresServer postgres,
            KafkaBroker kafka,
            KeycloakServer keycloak,
            Path logs,
            Map<String, String> serviceEnvironment) {
        List<ServiceProcess> services = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            int port = s.servicePorts().get(spec.name());
            Map<String, String> env = new LinkedHashMap<>(serviceEnvironment);
            env.putAll(Map.of(
                    "ADVOCACY_HTTP_PORT", Integer.toString(port),
                    "ADVOCACY_DB_HOST", "127.0.0.1",
                    "ADVOCACY_DB_PORT", Integer.toString(postgres.port()),
                    "ADVOCACY_DB_USERNAME", PostgresServer.USER,
                    "ADVOCACY_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "ADVOCACY_OIDC_URL", keycloak.realmUrl(StackSettings.REALM)));
            ServiceProcess service =
                    ServiceProcess.start(spec, s.projectRoot(), port, env, logs.resolve(spec.name() + ".log"));
            started.push(service);
            services.add(service);
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            long begin = System.nanoTime();
            out.printf("Waiting for %s ", service.spec().name());
            out.flush();
            service.awaitReady(SERVICE_TIMEOUT, progress());
            out.printf("ready at %s (%.1f s)%n", service.url(), (System.nanoTime() - begin) / 1e9);
            urls.put(service.spec().name(), service.url());
        }
        return urls;
    }

    private <T extends AutoCloseable> T step(String what, Supplier<T> start) {
        long begin = System.nanoTime();
        out.printf("Starting %s ", what);
        out.flush();
        T component = start.get();
        started.push(component);
        out.printf("ready (%.1f s)%n", (System.nanoTime() - begin) / 1e9);
        return component;
    }

    private Progress progress() {
        return new Progress(out, 3_000);
    }

    private static void checkPortsFree(StackSettings s) {
        List<String> busy = new ArrayList<>();
        s.portsByVariable().forEach((variable, port) -> {
            if (Ports.inUse(port)) {
                busy.add(port + " (set " + variable + " to move it)");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports already in use: " + String.join(", ", busy)
                    + ". Is the stack already running? Stop it, or choose other ports.");
        }
    }

    private static Path copyRealm(Path stateDir) {
        Path realm = stateDir.resolve("advocacy-realm.json");
        try (InputStream in = Objects.requireNonNull(
                Stack.class.getResourceAsStream("/advocacy-realm.json"), "advocacy-realm.json")) {
            Files.copy(in, realm, StandardCopyOption.REPLACE_EXISTING);
            return realm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    /** Deletes the stack's data, for a start from scratch. */
    public static void clean(StackSettings settings) {
        Folders.deleteRecursively(settings.stateDir());
    }

    /** Stops services first, then Keycloak, Kafka and PostgreSQL; a failure to stop one does not keep the rest up. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                out.println("Could not stop " + component + ": " + e.getMessage());
            }
        }
    }
}
