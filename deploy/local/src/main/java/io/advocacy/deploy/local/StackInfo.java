package io.advocacy.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where everything of a running stack listens, and how to get a token; printed and written as an env file. */
public record StackInfo(
        String kafkaBootstrapServers,
        String postgresUrl,
        String keycloakUrl,
        String realm,
        Map<String, String> serviceUrls,
        Path logs) {

    /** The confidential client of the demo integrator (client credentials). */
    public static final String INTEGRATOR_CLIENT_ID = "advocacy-integrator";

    /** Its secret; the realm is for the local stack only. */
    public static final String INTEGRATOR_CLIENT_SECRET = "local-integrator-secret";

    /** The public client people get a token from with their password. */
    public static final String CLI_CLIENT_ID = "advocacy-cli";

    public String tokenUrl() {
        return keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    public String serviceUrl(String service) {
        return serviceUrls.get(service);
    }

    /** The shell-sourceable variables, in a stable order. */
    public Map<String, String> variables() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("ADVOCACY_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        vars.put("ADVOCACY_POSTGRES_URL", postgresUrl);
        vars.put("ADVOCACY_KEYCLOAK_URL", keycloakUrl);
        vars.put("ADVOCACY_REALM", realm);
        vars.put("ADVOCACY_OIDC_URL", keycloakUrl + "/realms/" + realm);
        vars.put("ADVOCACY_TOKEN_URL", tokenUrl());
        serviceUrls.forEach((service, url) ->
                vars.put(service.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL", url));
        vars.put("ADVOCACY_CLIENT_ID", INTEGRATOR_CLIENT_ID);
        vars.put("ADVOCACY_CLIENT_SECRET", INTEGRATOR_CLIENT_SECRET);
        vars.put("ADVOCACY_DEMO_USER", "demo-manager");
        vars.put("ADVOCACY_DEMO_PASSWORD", "demo-manager");
        vars.put("ADVOCACY_LOGS", logs.toString());
        return vars;
    }

    /** Writes {@code export NAME='value'} lines that a shell can source. */
    public void writeEnvFile(Path file) {
        StringBuilder text = new StringBuilder("# Written by deploy/local/start; source it: . ")
                .append(file)
                .append('\n');
        variables().forEach((name, value) -> text.append("export ")
                .append(name)
                .append("='")
                .append(value)
                .append("'\n"));
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** What a person reads once the stack is up. */
    public String summary(Path envFile) {
        StringBuilder text = new StringBuilder("\nThe advocacy platform is running.\n\n");
        serviceUrls.forEach((service, url) -> text.append(
                String.format("  %-20s %s   (OpenAPI: %s/q/openapi, health: %s/q/health)%n", service, url, url, url)));
        text.append(String.format("  %-20s %s%n", "Kafka", kafkaBootstrapServers));
        text.append(String.format("  %-20s %s%n", "PostgreSQL", postgresUrl));
        text.append(String.format(
                "  %-20s %s  (admin console: %s/admin, realm %s)%n", "Keycloak", keycloakUrl, keycloakUrl, realm));
        text.append(String.format("  %-20s %s%n%n", "Logs", logs));
        text.append("Listen for a brand (as the demo admin), then post a mention of it (as the demo integrator):\n\n");
        text.append("  . ").append(envFile).append('\n');
        text.append("  ADMIN=$(curl -s -d grant_type=password -d client_id=").append(CLI_CLIENT_ID);
        text.append(" -d username=demo-admin -d password=demo-admin \\\n");
        text.append("      $ADVOCACY_TOKEN_URL | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
        text.append(
                "  curl -s -H \"Authorization: Bearer $ADMIN\" -H 'Content-Type: application/json' $LISTENING_URL/queries \\\n");
        text.append("    -d '{\"programme\":\"lumen-demo\",\"name\":\"brand\",\"expression\":\"lumen\"}'\n");
        text.append("  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=$ADVOCACY_CLIENT_ID \\\n");
        text.append(
                "      -d client_secret=$ADVOCACY_CLIENT_SECRET $ADVOCACY_TOKEN_URL | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
        text.append(
                "  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' $LISTENING_URL/mentions -d \\\n");
        text.append(
                "    '{\"platform\":\"twitter\",\"externalId\":\"1\",\"author\":{\"handle\":\"ada\",\"displayName\":\"Ada\",\"followers\":10},");
        text.append(
                "\"url\":\"https://example.com/1\",\"text\":\"I love Lumen!\",\"publishedAt\":\"2026-11-23T10:00:00Z\"}'\n\n");
        text.append("A manager's token (password grant): curl -s -d grant_type=password -d client_id=")
                .append(CLI_CLIENT_ID)
                .append(" -d username=demo-manager -d password=demo-manager $ADVOCACY_TOKEN_URL\n\n");
        text.append("Ctrl-C stops everything.\n");
        return text.toString();
    }
}
