package io.advocacy.listening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Ingestion slows its clients down when events cannot leave: the test holds the outbox relay's advisory lock, as a
 * stuck relay would, with an event waiting longer than the threshold (30 s by default).
 */
@QuarkusTest
@TestSecurity(
        user = "integrator",
        roles = {"integrator", "program-admin"})
class BackpressureTest {

    /** The relay's lock, see OutboxRelay. */
    private static final long RELAY_LOCK = 7_162_534_001L;

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static String mention() {
        String id = "bp-" + UUID.randomUUID();
        return """
                {"platform": "forum", "externalId": "%s",
                 "author": {"handle": "patient", "displayName": "P", "followers": 1},
                 "url": "https://example.com/%s", "text": "Lumen is fine", "publishedAt": "2026-11-20T10:15:30Z"}
                """.formatted(id, id);
    }

    @Test
    void aStuckOutboxTurnsIngestionAwayWithRetryAfterUntilItDrains() throws Exception {
        try (Connection relayBlocker = connect()) {
            try (Statement lock = relayBlocker.createStatement()) {
                lock.execute("select pg_advisory_lock(" + RELAY_LOCK + ")");
            }
            try (PreparedStatement old = relayBlocker.prepareStatement("""
                    insert into outbox_event (id, topic, event_type, source, subject, occurred_at, payload)
                    values (?, 'advocacy.mentions', 'io.advocacy.test.backpressure.v1', '/advocacy/test',
                            'test:backpressure', now() - interval '5 minutes', '{}')
                    """)) {
                old.setObject(1, UUID.randomUUID());
                old.executeUpdate();
            }

            await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.name", hasItem("outbox")));
            Response refused =
                    given().contentType(ContentType.JSON).body(mention()).post("/mentions");
            refused.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", containsString("send it again later"));
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
            given().contentType(ContentType.JSON)
                    .body("{\"mentions\": [" + mention() + "]}")
                    .post("/mentions/batch")
                    .then()
                    .statusCode(503);

            try (Statement unlock = relayBlocker.createStatement()) {
                unlock.execute("select pg_advisory_unlock(" + RELAY_LOCK + ")");
            }
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP")));
        given().contentType(ContentType.JSON)
                .body(mention())
                .post("/mentions")
                .then()
                .statusCode(202);
    }
}
