package io.advocacy.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak from its server distribution, in development mode on loopback, storing its data in a PostgreSQL
 * database and importing a realm on first start. Its build options are fixed in {@code conf/keycloak.conf}, so only
 * the very first start of a distribution rebuilds it.
 */
public final class KeycloakServer implements AutoCloseable {

    /** Build-time options; changing one makes the next start rebuild Keycloak. */
    private static final String BUILD_OPTIONS = "db=postgres\nhealth-enabled=false\nmetrics-enabled=false\n";

    private final ChildProcess process;
    private final String url;

    private KeycloakServer(ChildProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param home the unpacked distribution ({@code keycloak-<version>} folder)
     * @param realmFile the realm JSON to import; a realm that already exists in the database is left as it is
     * @param realm the realm's name, whose discovery document tells that Keycloak is ready
     */
    public static KeycloakServer start(
            Path home,
            int port,
            String jdbcUrl,
            String dbUser,
            Path realmFile,
            String realm,
            Path log,
            Duration timeout,
            Progress progress) {
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException("Keycloak not found at " + home
                    + ": build once with ./mvnw -pl deploy/local -am package -DskipTests, which unpacks it there");
        }
        try {
            Files.writeString(home.resolve("conf/keycloak.conf"), BUILD_OPTIONS);
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak at " + home, e);
        }
        String url = "http://127.0.0.1:" + port;
        List<String> command = List.of(
                "bash",
                kcSh.toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + url,
                "--import-realm",
                "--db-url=" + jdbcUrl,
                "--db-username=" + dbUser,
                "--db-password=unused",
                "--log-console-output=default");
        Map<String, String> env = Map.of("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        ChildProcess process = ChildProcess.start("Keycloak", command, env, log);
        KeycloakServer server = new KeycloakServer(process, url);
        process.awaitReady(() -> server.realmAnswers(realm), timeout, progress);
        return server;
    }

    /** The base URL, for example {@code http://127.0.0.1:8180}. */
    public String url() {
        return url;
    }

    /** The issuer of a realm's tokens, which services use as their OIDC server URL. */
    public String realmUrl(String realm) {
        return url + "/realms/" + realm;
    }

    private boolean realmAnswers(String realm) {
        return HttpProbe.answersOk(realmUrl(realm) + "/.well-known/openid-configuration");
    }

    @Override
    public void close() {
        process.close();
    }
}
