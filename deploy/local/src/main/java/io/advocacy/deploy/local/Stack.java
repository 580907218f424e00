package io.advocacy.deploy.local;

import io.advocacy.platform.testing.Folders;
import io.advocacy.platform.testing.KafkaBroker;
import io.advocacy.platform.testing.KafkaBrokerProcess;
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

    /** Where the Kafka broker runs. */
    public enum Broker {
        /** In this JVM: the quickest to start, for the local stack and most tests. */
        IN_THIS_JVM,
        /** In a JVM of its own, which {@link #killBroker()} can crash, for the fault-injection test. */
        OWN_PROCESS
    }

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final PrintStream out;
    private final Broker broker;
    private PostgresServer postgres;
    private KafkaBrokerProcess brokerProcess;
    private StackInfo info;

    private Stack(PrintStream out, Broker broker) {
        this.out = out;
        this.broker = broker;
    }

    /** Starts everything and returns once every service is ready; on failure stops what had started. */
    public static Stack start(StackSettings settings, PrintStream out) {
        return start(settings, out, Broker.IN_THIS_JVM);
    }

    /** As {@link #start(StackSettings, PrintStream)}, with the broker where it is asked to run. */
    public static Stack start(StackSettings settings, PrintStream out, Broker broker) {
        return start(settings, Map.of(), out, broker);
    }

    /**
     * Starts everything as {@link #start(StackSettings, PrintStream)} does, with extra environment variables for every
     * service (for example {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}).
     */
    public static Stack start(StackSettings settings, Map<String, String> serviceEnvironment, PrintStream out) {
        return start(settings, serviceEnvironment, out, Broker.IN_THIS_JVM);
    }

    /** As {@link #start(StackSettings, Map, PrintStream)}, with the broker where it is asked to run. */
    public static Stack start(
            StackSettings settings, Map<String, String> serviceEnvironment, PrintStream out, Broker broker) {
        Stack stack = new Stack(out, broker);
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

        postgres = step(
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

        String kafka;
        if (broker == Broker.OWN_PROCESS) {
            brokerProcess = step("Kafka (in its own JVM)", () -> {
                KafkaBrokerProcess process = KafkaBrokerProcess.start(
                        s.stateDir().resolve("kafka"),
                        s.kafkaPort(),
                        s.kafkaControllerPort(),
                        logs.resolve("kafka.log"),
                        progress());
                process.createTopics(TopicCatalogue.all());
                return process;
            });
            kafka = brokerProcess.bootstrapServers();
        } else {
            kafka = step("Kafka", () -> {
                        KafkaBroker inThisJvm = KafkaBroker.start(
                                s.stateDir().resolve("kafka"), s.kafkaPort(), s.kafkaControllerPort());
                        inThisJvm.createTopics(TopicCatalogue.all());
                        return inThisJvm;
                    })
                    .bootstrapServers();
        }

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

        Map<String, String> urls = startServices(s, kafka, keycloak, logs, serviceEnvironment);
        info = new StackInfo(
                kafka,
                "postgresql://" + PostgresServer.USER + "@127.0.0.1:" + postgres.port() + "/postgres",
                keycloak.url(),
                StackSettings.REALM,
                urls,
                logs);
    }

    private Map<String, String> startServices(
            StackSettings s, String kafka, KeycloakServer keycloak, Path logs, Map<String, String> serviceEnvironment) {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            int port = s.servicePorts().get(spec.name());
            Map<String, String> env = new LinkedHashMap<>(serviceEnvironment);
            env.putAll(Map.of(
                    "ADVOCACY_HTTP_PORT",
                    Integer.toString(port),
                    "ADVOCACY_DB_HOST",
                    "127.0.0.1",
                    "ADVOCACY_DB_PORT",
                    Integer.toString(postgres.port()),
                    "ADVOCACY_DB_USERNAME",
                    PostgresServer.USER,
                    "ADVOCACY_KAFKA_BOOTSTRAP_SERVERS",
                    kafka,
                    "ADVOCACY_OIDC_URL",
                    keycloak.realmUrl(StackSettings.REALM)));
            ServiceProcess service =
                    ServiceProcess.start(spec, s.projectRoot(), port, env, logs.resolve(spec.name() + ".log"));
            started.push(service);
            services.put(spec.name(), service);
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (ServiceProcess service : services.values()) {
            long begin = System.nanoTime();
            out.printf("Waiting for %s ", service.spec().name());
            out.flush();
            service.awaitReady(SERVICE_TIMEOUT, progress());
            out.printf("ready at %s (%.1f s)%n", service.url(), (System.nanoTime() - begin) / 1e9);
            urls.put(service.spec().name(), service.url());
        }
        return urls;
    }

    /** Crashes the Kafka broker (SIGKILL); only for a stack whose broker runs in its own process. */
    public void killBroker() {
        ownBroker().kill();
    }

    /** Starts the crashed broker again on the same folder and ports and waits until it answers. */
    public void restartBroker() {
        ownBroker().restart(progress());
    }

    private KafkaBrokerProcess ownBroker() {
        if (brokerProcess == null) {
            throw new IllegalStateException("The broker runs in this JVM; start the stack with Broker.OWN_PROCESS");
        }
        return brokerProcess;
    }

    /** Crashes PostgreSQL (SIGKILL to the postmaster and its backends). */
    public void killPostgres() {
        postgres.kill();
    }

    /** Starts PostgreSQL again on the same folder and port and waits until it accepts queries. */
    public void restartPostgres() {
        postgres.restart(progress());
    }

    /** Crashes one service (SIGKILL). */
    public void killService(String name) {
        service(name).kill();
    }

    /** Starts a crashed service again with the same port and environment and waits until it is ready. */
    public void restartService(String name) {
        ServiceProcess service = service(name);
        service.restart();
        service.awaitReady(SERVICE_TIMEOUT, progress());
    }

    private ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name + "; the services are " + services.keySet());
        }
        return service;
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

    /**
     * Stops services first, all at once (each takes seconds to leave its consumer groups), then Keycloak, Kafka and
     * PostgreSQL; a failure to stop one does not keep the rest up.
     */
    @Override
    public void close() {
        List<AutoCloseable> services = new ArrayList<>();
        while (!started.isEmpty() && started.peek() instanceof ServiceProcess) {
            services.add(started.pop());
        }
        List<Thread> stopping = services.stream()
                .map(service -> new Thread(() -> stop(service), "stop " + service))
                .toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        while (!started.isEmpty()) {
            stop(started.pop());
        }
    }

    private void stop(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            out.println("Could not stop " + component + ": " + e.getMessage());
        }
    }
}
