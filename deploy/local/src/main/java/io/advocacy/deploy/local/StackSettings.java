package io.advocacy.deploy.local;

import io.advocacy.platform.testing.Ports;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the local stack keeps its data and which ports it uses.
 *
 * @param stateDir data of PostgreSQL and Kafka, and the logs folder; kept between starts
 * @param durable false in tests: PostgreSQL without fsync
 * @param servicePorts HTTP port per service name
 * @param projectRoot the clone, where each service's packaged application is
 * @param keycloakHome the unpacked Keycloak distribution
 */
public record StackSettings(
        Path stateDir,
        boolean durable,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int keycloakPort,
        Map<String, Integer> servicePorts,
        Path projectRoot,
        Path keycloakHome) {

    /** The realm every service trusts. */
    public static final String REALM = "advocacy";

    /** Settings from the environment, with the documented defaults (see the README's configuration table). */
    public static StackSettings fromEnvironment(Path projectRoot, Path keycloakHome, Function<String, String> env) {
        Map<String, Integer> services = new LinkedHashMap<>();
        ServiceSpec.ALL.forEach(s -> services.put(s.name(), port(env, s.portVariable(), s.defaultPort())));
        String stateDir = env.apply("ADVOCACY_STACK_DIR");
        return new StackSettings(
                stateDir == null || stateDir.isBlank() ? projectRoot.resolve(".stack") : Path.of(stateDir),
                true,
                port(env, "ADVOCACY_KAFKA_PORT", 9092),
                port(env, "ADVOCACY_KAFKA_CONTROLLER_PORT", 9093),
                port(env, "ADVOCACY_PG_PORT", 5432),
                port(env, "ADVOCACY_KEYCLOAK_PORT", 8180),
                services,
                projectRoot,
                keycloakHome);
    }

    /** Settings for a throw-away stack on free ports, for tests. */
    public static StackSettings ephemeral(Path stateDir, Path projectRoot, Path keycloakHome) {
        Map<String, Integer> services = new LinkedHashMap<>();
        ServiceSpec.ALL.forEach(s -> services.put(s.name(), Ports.free()));
        return new StackSettings(
                stateDir,
                false,
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                services,
                projectRoot,
                keycloakHome);
    }

    /** Each port with the environment variable that changes it. */
    public Map<String, Integer> portsByVariable() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("ADVOCACY_KAFKA_PORT", kafkaPort);
        ports.put("ADVOCACY_KAFKA_CONTROLLER_PORT", kafkaControllerPort);
        ports.put("ADVOCACY_PG_PORT", postgresPort);
        ports.put("ADVOCACY_KEYCLOAK_PORT", keycloakPort);
        ServiceSpec.ALL.forEach(s -> ports.put(s.portVariable(), servicePorts.get(s.name())));
        return ports;
    }

    public Path logs() {
        return stateDir.resolve("logs");
    }

    private static int port(Function<String, String> env, String variable, int fallback) {
        String value = env.apply(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + value + " is not a port number");
        }
    }
}
