package io.advocacy.interaction.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Deferred interactions become scheduled on their own once possible: exactly when the ask budget frees up, within
 * managers' weekly limits, once however many runs happen at once. The re-engagement playbook (alumni) is an ask.
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "program-admin")
class DeferredActivationTest {

    private static final String ADVOCATES = "advocacy.advocates";
    private static final String INTERACTIONS = "advocacy.interactions";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void deferredAsksAreScheduledExactlyWhenTheBudgetFreesUpOneAskAtATimeAndOnceHoweverManyRunsAtOnce() {
        UUID advocate = UUID.randomUUID();
        List<OffsetDateTime> asked = spendBudget(advocate, "omar", "2026-12-10T17:00:00Z", "2026-12-10T17:00:00Z");
        // Two re-engagements (two moves to alumni), both over the budget until the first ask leaves the period.
        JsonPath first = deferredReEngagement(advocate, "2026-11-20T12:00:00Z", 1);
        JsonPath second = deferredReEngagement(advocate, "2026-11-21T12:00:00Z", 2);
        String firstId = first.getString("id");
        String secondId = second.getString("id");
        OffsetDateTime possible = OffsetDateTime.parse(first.getString("deferredUntil"));
        assertThat(possible).isEqualTo(asked.get(0).plusDays(30));
        assertThat(OffsetDateTime.parse(second.getString("deferredUntil"))).isEqualTo(possible);
        Duration within = Duration.between(
                OffsetDateTime.parse(first.getString("createdAt")), OffsetDateTime.parse(first.getString("dueAt")));

        // A microsecond before, neither is possible yet.
        JsonPath early = activate(possible.minusNanos(1_000));
        assertThat(early.getList("scheduled", String.class)).doesNotContain(firstId, secondId);
        assertThat(early.getList("stillDeferred", String.class)).doesNotContain(firstId, secondId);
        assertThat(interaction(firstId).getString("status")).isEqualTo("deferred");

        // Exactly then, the first ask has left the period: room for one ask. Three runs at once schedule the first
        // once; the second is over the budget again (the second ask and the first re-engagement) until the second ask
        // leaves the period.
        List<JsonPath> runs = atOnce(3, () -> activate(possible));
        assertThat(runs.stream()
                        .filter(run -> run.getList("scheduled", String.class).contains(firstId))
                        .count())
                .isEqualTo(1);
        assertThat(runs.stream()
                        .filter(run ->
                                run.getList("stillDeferred", String.class).contains(secondId))
                        .count())
                .isEqualTo(1);
        assertThat(runs.stream().flatMap(run -> run.getList("scheduled", String.class).stream()))
                .doesNotContain(secondId);

        JsonPath scheduled = interaction(firstId);
        assertThat(scheduled.getString("status")).isEqualTo("scheduled");
        assertThat(OffsetDateTime.parse(scheduled.getString("dueAt"))).isEqualTo(possible.plus(within));
        assertThat(scheduled.getString("deferredReason"))
                .startsWith("was deferred (ask budget reached: 2 asks")
                .contains("scheduled once possible, at " + possible);
        JsonPath waiting = interaction(secondId);
        assertThat(waiting.getString("status")).isEqualTo("deferred");
        OffsetDateTime secondPossible = asked.get(1).plusDays(30);
        assertThat(OffsetDateTime.parse(waiting.getString("deferredUntil"))).isEqualTo(secondPossible);

        assertThat(activate(possible).getList("scheduled", String.class)).doesNotContain(firstId, secondId);
        assertThat(activate(secondPossible).getList("scheduled", String.class)).contains(secondId);
        assertThat(interaction(secondId).getString("status")).isEqualTo("scheduled");

        String key = advocate.toString();
        var published =
                topics()
                        .readUntil(
                                INTERACTIONS,
                                r -> key.equals(r.key()) && r.value().contains(secondId),
                                PATIENCE)
                        .stream()
                        .filter(r -> key.equals(r.key()) && r.value().contains("\"kind\":\"re-engagement\""))
                        .toList();
        assertThat(published).hasSize(2);
    }

    @Test
    void aDeferredAskGoesToItsManagersNextWeekWhenTheWeekItIsDueInIsExactlyFull() {
        // dee may have one interaction a week; each of her sessions counts once in its week.
        UUID advocate = UUID.randomUUID();
        spendBudget(advocate, "dee", "2027-09-06T17:00:00Z", "2027-09-13T17:00:00Z");
        JsonPath deferred = deferredReEngagement(advocate, "2026-11-20T12:00:00Z", 1);
        String id = deferred.getString("id");
        assertThat(deferred.getString("manager")).isEqualTo("dee");
        OffsetDateTime possible = OffsetDateTime.parse(deferred.getString("deferredUntil"));
        Duration within = Duration.between(
                OffsetDateTime.parse(deferred.getString("createdAt")),
                OffsetDateTime.parse(deferred.getString("dueAt")));
        OffsetDateTime due = possible.plus(within);
        session("dee", due.toString());

        assertThat(activate(possible).getList("scheduled", String.class)).contains(id);

        JsonPath scheduled = interaction(id);
        assertThat(scheduled.getString("status")).isEqualTo("scheduled");
        assertThat(OffsetDateTime.parse(scheduled.getString("dueAt"))).isEqualTo(due.plusWeeks(1));
        assertThat(scheduled.getString("deferredReason"))
                .contains("manager dee already has 1 interactions in week")
                .contains("(limit 1); moved to week");
    }

    /** Invites the person to two webcasts: two asks, the whole budget. Answers when each ask was counted. */
    private static List<OffsetDateTime> spendBudget(UUID advocate, String manager, String first, String second) {
        List<OffsetDateTime> asked = new ArrayList<>();
        for (String startsAt : List.of(first, second)) {
            String session = session(manager, startsAt);
            given().contentType(ContentType.JSON)
                    .body("{\"advocateIds\": [\"" + advocate + "\"]}")
                    .when()
                    .post("/sessions/" + session + "/invitations")
                    .then()
                    .statusCode(200);
            asked.add(askedAt(advocate, session));
        }
        return asked;
    }

    private static OffsetDateTime askedAt(UUID advocate, String session) {
        try (Connection db = connect();
                PreparedStatement sql = db.prepareStatement(
                        "select a.asked_at from advocate_ask a join interaction i on i.advocate_id = a.advocate_id"
                                + " where a.advocate_id = ? and i.session_id = ? and a.kind = i.kind"
                                + " order by a.asked_at desc limit 1")) {
            sql.setObject(1, advocate);
            sql.setObject(2, UUID.fromString(session));
            try (ResultSet rows = sql.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getObject(1, OffsetDateTime.class);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws Exception {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static <T> List<T> atOnce(int runs, Callable<T> run) {
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(Collections.nCopies(runs, run))) {
                results.add(future.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static String session(String manager, String startsAt) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"format": "webcast", "startsAt": "%s", "durationMinutes": 60, "manager": "%s",
                         "topic": "Release notes"}
                        """.formatted(startsAt, manager))
                .when()
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Sends the person to alumni and waits for the re-engagement the spent budget defers. */
    private static JsonPath deferredReEngagement(UUID advocate, String changedAt, int deferred) {
        topics().sendCloudEvent(
                        ADVOCATES,
                        advocate.toString(),
                        "io.advocacy.advocate.stage-changed.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"advocateId": "%s", "authorKey": "twitter:ada", "previousStage": "active",
                         "stage": "alumni", "changedBy": "maria", "reason": "moved on",
                         "changedAt": "%s"}
                        """.formatted(advocate, changedAt));
        JsonPath page = await().atMost(PATIENCE)
                .until(
                        () -> given().queryParam("advocateId", advocate)
                                .queryParam("status", "deferred")
                                .when()
                                .get("/interactions")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        found -> found.getInt("total") == deferred);
        String newest = page.getList("items", Map.class).stream()
                .filter(item -> changedAt.equals(item.get("triggeredAt")))
                .map(item -> (String) item.get("id"))
                .findFirst()
                .orElseThrow();
        return interaction(newest);
    }

    private static JsonPath activate(OffsetDateTime at) {
        return given().queryParam("at", at.toString())
                .when()
                .post("/interactions/deferred/activate")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath interaction(String id) {
        return given().when()
                .get("/interactions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }
}
