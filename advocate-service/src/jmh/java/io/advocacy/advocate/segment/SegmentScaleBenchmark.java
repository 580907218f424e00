package io.advocacy.advocate.segment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.advocacy.advocate.People;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The load generator of the segment benchmark, not part of the normal build (in src/jmh, compiled only by the
 * {@code benchmark} profile): writes
 * 100,000 profiles into the real PostgreSQL of the test infrastructure, times the creation of segments over all of
 * them through the API, then sends scored mentions through real Kafka and reads how long each profile's
 * re-evaluation took from the {@code advocacy.segments.reevaluation} timer. Run with
 * {@code ./mvnw -B -pl advocate-service -Pbenchmark verify}.
 */
@QuarkusTest
@TestSecurity(user = "bench", roles = "program-admin")
class SegmentScaleBenchmark {

    private static final int PROFILES = 100_000;
    private static final int MENTIONS = 500;

    @Inject
    MeterRegistry registry;

    @Test
    void createsSegmentsOverAHundredThousandProfilesAndUpdatesThemPerEvent() throws SQLException {
        long started = System.nanoTime();
        insertProfiles();
        System.out.printf(
                Locale.ROOT, "%n[segment benchmark] %,d profiles written in %d ms%n", PROFILES, millisSince(started));

        // Warm up the HTTP, Hibernate and SQL paths once, so the figures below are not the first request's.
        String warmUp = given().contentType(ContentType.JSON)
                .body("{\"name\": \"warm-up\", \"rule\": {\"field\": \"followers\", \"op\": \"lt\", \"value\": 0}}")
                .post("/segments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().delete("/segments/" + warmUp).then().statusCode(204);

        time("one condition (category)", """
                {"field": "category", "op": "in", "value": ["social-advocate", "strong-advocate"]}""");
        time("nested all/any/not, 8 conditions", SegmentEvaluationBenchmark.NESTED_RULE);
        time("last mention within 30 days", """
                {"field": "lastMentionAt", "op": "withinDays", "value": 30}""");
        // A segment the mentions below move people with one mention into.
        time("at least two mentions", """
                {"all": [{"field": "handle", "op": "contains", "value": "bench-"},
                         {"field": "mentionCount", "op": "gte", "value": 2}]}""");

        Timer timer = registry.find("advocacy.segments.reevaluation").timer();
        long before = timer == null ? 0 : timer.count();
        started = System.nanoTime();
        for (int i = 0; i < MENTIONS; i++) {
            Segments.mention(
                    "twitter:bench-" + (i * 199 + 1), 0.8, 50, OffsetDateTime.now(ZoneOffset.UTC));
        }
        await().atMost(Duration.ofMinutes(5))
                .until(() -> {
                    Timer t = registry.find("advocacy.segments.reevaluation").timer();
                    return t != null && t.count() - before >= MENTIONS;
                });
        long consumed = millisSince(started);
        timer = registry.find("advocacy.segments.reevaluation").timer();
        StringBuilder percentiles = new StringBuilder();
        for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
            percentiles.append(String.format(
                    Locale.ROOT, " p%.0f %.2f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
        }
        System.out.printf(
                Locale.ROOT,
                "[segment benchmark] %d mentions through Kafka, each profile re-evaluated against %d segments:"
                        + " mean %.2f ms,%s, max %.2f ms per re-evaluation; all consumed in %d ms%n%n",
                timer.count(),
                segments(),
                timer.mean(TimeUnit.MILLISECONDS),
                percentiles,
                timer.max(TimeUnit.MILLISECONDS),
                consumed);
    }

    private static long segments() {
        return given().get("/segments").then().extract().jsonPath().getLong("total");
    }

    private static void time(String what, String rule) {
        long started = System.nanoTime();
        long members = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + what + "\", \"rule\": " + rule + "}")
                .post("/segments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("members");
        long took = millisSince(started);
        System.out.printf(
                Locale.ROOT,
                "[segment benchmark] segment \"%s\" created over %,d profiles: %,d members, %d ms (HTTP round trip)%n",
                what,
                PROFILES,
                members,
                took);
        assertThat(members).isPositive();
    }

    private static void insertProfiles() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getValue("quarkus.datasource.password", String.class));
                Statement sql = db.createStatement()) {
            sql.execute("insert into advocate (id, author_key, platform, handle, display_name, followers, stage,"
                    + " category, mention_count, positive_mentions, negative_mentions, sentiment_sum, discovered_at,"
                    + " last_mention_at)"
                    + " select gen_random_uuid(), 'twitter:bench-' || g, (array['twitter', 'blog', 'forum'])[1 + g % 3],"
                    + " 'bench-' || g, 'Bench ' || g, (random() * 5000)::bigint,"
                    + " (array['DISCOVERED', 'INVITED', 'ONBOARDED', 'ACTIVE', 'ALUMNI'])[1 + g % 5],"
                    + " (array['STRONG_DETRACTOR', 'SOCIAL_DETRACTOR', 'CASUAL_DETRACTOR', 'NEUTRAL', 'CASUAL_ADVOCATE',"
                    + " 'SOCIAL_ADVOCATE', 'STRONG_ADVOCATE'])[1 + g % 7],"
                    + " 1 + g % 2, g % 2, 0, (random() * 2 - 1) * (1 + g % 2),"
                    + " now() - (g % 365) * interval '1 day', now() - (g % 90) * interval '1 day'"
                    + " from generate_series(1, " + PROFILES + ") g");
            sql.execute("analyze advocate");
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
