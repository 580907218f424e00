package io.advocacy.advocate.kpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.advocate.People;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class KpiResourceTest {

    private static JsonPath get(String path, String... query) {
        var request = given();
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    private static void mention(String authorKey, double sentiment) {
        People.topics()
                .sendCloudEvent(
                        "advocacy.mentions",
                        authorKey,
                        "io.advocacy.mention.scored.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"mentionId": "%s", "platform": "twitter", "authorKey": "%s",
                         "author": {"handle": "k", "displayName": "K", "followers": 300},
                         "url": "https://t.example/1", "publishedAt": "2026-11-20T10:15:30Z", "sentiment": %s}
                        """.formatted(UUID.randomUUID(), authorKey, sentiment));
    }

    private static String awaitCategory(String authorKey, int mentions, String category) {
        return await().atMost(People.PATIENCE)
                .until(
                        () -> given().queryParam("authorKey", authorKey)
                                .get("/advocates")
                                .then()
                                .extract()
                                .jsonPath(),
                        page -> page.getList("items").size() == 1
                                && page.getInt("items[0].mentionCount") == mentions
                                && category.equals(page.getString("items[0].category")))
                .getString("items[0].id");
    }

    @Test
    void showsTheContinuumAtADateAndTheMovesBetweenTwoDates() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);
        String fan = "twitter:kpi-fan-" + UUID.randomUUID();
        String critic = "twitter:kpi-critic-" + UUID.randomUUID();
        mention(fan, 0.6);
        mention(critic, -0.6);
        awaitCategory(fan, 1, "social-advocate");
        awaitCategory(critic, 1, "social-detractor");
        OffsetDateTime placed = OffsetDateTime.now(ZoneOffset.UTC);
        mention(fan, -0.9);
        awaitCategory(fan, 2, "casual-detractor");
        OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC);

        JsonPath before = get("/kpis/continuum", "at", start.toString());
        JsonPath between = get("/kpis/continuum", "at", placed.toString());
        JsonPath after = get("/kpis/continuum", "at", end.toString());
        assertThat(between.getLong("categories.social-advocate") - before.getLong("categories.social-advocate"))
                .isEqualTo(1);
        assertThat(between.getLong("categories.social-detractor") - before.getLong("categories.social-detractor"))
                .isEqualTo(1);
        assertThat(between.getLong("fourAs.alienated") - before.getLong("fourAs.alienated"))
                .isEqualTo(1);
        assertThat(between.getLong("total") - before.getLong("total")).isEqualTo(2);
        assertThat(after.getLong("categories.social-advocate") - between.getLong("categories.social-advocate"))
                .isEqualTo(-1);
        assertThat(after.getLong("categories.casual-detractor") - between.getLong("categories.casual-detractor"))
                .isEqualTo(1);
        assertThat(after.getLong("total")).isEqualTo(between.getLong("total"));
        given().queryParam("at", "2000-01-01")
                .get("/kpis/continuum")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("categories.neutral", equalTo(0));

        JsonPath moves = get("/kpis/movement", "from", placed.toString(), "until", end.toString());
        assertThat(moves.getLong("movedLeft")).isEqualTo(1);
        assertThat(moves.getLong("movedRight")).isZero();
        assertThat(moves.getList("moves.findAll { it.from != it.to && it.from != null }.from"))
                .containsExactly("social-advocate");
        assertThat(moves.getList("moves.findAll { it.from != it.to && it.from != null }.to"))
                .containsExactly("casual-detractor");
        JsonPath placements = get("/kpis/movement", "from", start.toString(), "until", placed.toString());
        assertThat(placements.getLong("placed")).isEqualTo(2);
    }

    @Test
    void refusesADateItCannotRead() {
        given().queryParam("at", "yesterday")
                .get("/kpis/continuum")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("at"));
        given().queryParam("from", "2026-11-20")
                .queryParam("until", "2026-11-01")
                .get("/kpis/movement")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void showsConversionThroughTheLifecycle() {
        JsonPath before = get("/kpis/lifecycle");
        String id = People.discover("kpi-stage");
        for (String stage : new String[] {"invited", "onboarded"}) {
            given().contentType(ContentType.JSON)
                    .body("{\"stage\": \"" + stage + "\", \"reason\": \"kpi test\"}")
                    .post("/advocates/" + id + "/stage")
                    .then()
                    .statusCode(200);
        }
        JsonPath after = get("/kpis/lifecycle");

        assertThat(after.getList("stages.stage"))
                .containsExactly("discovered", "invited", "onboarded", "active", "alumni");
        assertThat(after.getLong("stages[0].reached") - before.getLong("stages[0].reached"))
                .isEqualTo(1);
        assertThat(after.getLong("stages[1].reached") - before.getLong("stages[1].reached"))
                .isEqualTo(1);
        assertThat(after.getLong("stages[2].reached") - before.getLong("stages[2].reached"))
                .isEqualTo(1);
        assertThat(after.getLong("stages[2].current") - before.getLong("stages[2].current"))
                .isEqualTo(1);
        assertThat(after.getDouble("stages[1].conversion"))
                .isCloseTo(
                        (double) after.getLong("stages[1].reached") / after.getLong("stages[0].reached"),
                        within(0.0001));
    }

    @Test
    void showsEachManagersLoadAgainstTheirCapacity() {
        String username = "kpi-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"displayName\": \"K\", \"capacity\": 7}")
                .post("/managers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long load = given().get("/managers/" + id).then().extract().jsonPath().getLong("load");

        JsonPath kpis = get("/kpis/managers");

        String row = "managers.find { it.username == '" + username + "' }";
        assertThat(kpis.getInt(row + ".capacity")).isEqualTo(7);
        assertThat(kpis.getLong(row + ".load")).isEqualTo(load);
        assertThat(kpis.getDouble(row + ".utilisation")).isCloseTo(load / 7.0, within(0.0001));
        assertThat(kpis.getLong("totalCapacity")).isGreaterThanOrEqualTo(7);
        given().delete("/managers/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "fan", roles = "advocate")
    void anAdvocateCannotReadTheMeasures() {
        given().get("/kpis/continuum").then().statusCode(403);
        given().get("/kpis/managers").then().statusCode(403);
    }
}
