package io.advocacy.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/** What the build recorded for the stack: where it unpacked Keycloak. */
public final class BuildInfo {

    private BuildInfo() {}

    /** The unpacked Keycloak distribution; the system property {@code advocacy.keycloak-home} overrides it. */
    public static Path keycloakHome() {
        String override = System.getProperty("advocacy.keycloak-home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        try (InputStream in = Objects.requireNonNull(
                BuildInfo.class.getResourceAsStream("/deploy-local.properties"), "deploy-local.properties")) {
            Properties props = new Properties();
            props.load(in);
            return Path.of(props.getProperty("keycloak.home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
