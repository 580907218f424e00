package io.advocacy.advocate.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.advocacy.advocate.People;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class SelectionTest {

    /** Sends a scored mention from a handle, published now. */
    private static void mention(String platform, String handle, long followers, double sentiment) {
        String authorKey = platform + ":" + handle;
        People.topics()
                .sendCloudEvent(
                        "advocacy.mentions",
                        authorKey,
                        "io.advocacy.mention.scored.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"mentionId": "%s", "platform": "%s", "authorKey": "%s",
                         "author": {"handle": "%s", "displayName": "%s", "followers": %d},
                         "url": "https://%s.example/1", "publishedAt": "%s", "sentiment": %s}
                        """.formatted(
                                        UUID.randomUUID(),
                                        platform,
                                        authorKey,
                                        handle,
                                        handle,
                                        followers,
                                        platform,
                                        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                                        sentiment));
    }

    /** A new person with these mentions (all from one twitter handle); waits until every one is counted. */
    private static String person(String name, long followers, double... sentiments) {
        String handle = name + "-" + UUID.randomUUID();
        for (double sentiment : sentiments) {
            mention("twitter", handle, followers, sentiment);
        }
        return await().atMost(People.PATIENCE)
                .until(
                        () -> given().queryParam("authorKey", "twitter:" + handle)
                                .get("/advocates")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        page -> page.getList("items").size() == 1
                                && page.getInt("items[0].mentionCount") == sentiments.length)
                .getString("items[0].id");
    }

    private static JsonPath selection(String id) {
        return given().get("/advocates/" + id + "/selection")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every candidate id in ranking order, over all pages. */
    private static List<String> ranking(Map<String, String> query) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath answer = given().queryParams(query)
                    .queryParam("page", page)
                    .queryParam("size", 200)
                    .get("/selection/candidates")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(answer.getList("items.advocateId", String.class));
            if (ids.size() >= answer.getLong("total") || answer.getList("items").isEmpty()) {
                return ids;
            }
        }
    }

    @Test
    void moreAndBetterEvidenceScoresAndRanksHigher() {
        String fan = person("sel-fan", 250_000, 0.9, 0.8, 0.9, 0.7);
        String quiet = person("sel-quiet", 12, 0.0);
        // The fan also declared a handle on another platform.
        given().contentType(ContentType.JSON)
                .body("{\"platform\": \"mastodon\", \"handle\": \"fan-" + UUID.randomUUID() + "\"}")
                .post("/advocates/" + fan + "/identities")
                .then()
                .statusCode(201);

        JsonPath strong = selection(fan);
        JsonPath weak = selection(quiet);
        assertThat(strong.getMap("attributes")).hasSize(6);
        assertThat(strong.getInt("attributes.trackRecord.inputs.mentions")).isEqualTo(4);
        assertThat(strong.getInt("attributes.trackRecord.inputs.positiveMentions"))
                .isEqualTo(4);
        assertThat(strong.getInt("attributes.ownPlatforms.inputs.platforms")).isEqualTo(2);
        assertThat(strong.getString("attributes.respectAndInfluence.why")).contains("250000 followers");
        assertThat(strong.getInt("attributes.trackRecord.score"))
                .isGreaterThan(weak.getInt("attributes.trackRecord.score"));
        assertThat(strong.getInt("attributes.respectAndInfluence.score"))
                .isGreaterThan(weak.getInt("attributes.respectAndInfluence.score"));
        assertThat(strong.getInt("attributes.ownPlatforms.score"))
                .isGreaterThan(weak.getInt("attributes.ownPlatforms.score"));
        assertThat(strong.getInt("attributes.communication.score"))
                .isGreaterThan(weak.getInt("attributes.communication.score"));
        assertThat(weak.getInt("attributes.trackRecord.score")).isZero();
        // The fan has stood on the advocate side all the time the programme has known them; the quiet one never.
        assertThat(strong.getInt("attributes.helpfulnessAndReliability.score")).isBetween(38, 40);
        assertThat(weak.getInt("attributes.helpfulnessAndReliability.score")).isZero();
        assertThat(strong.getDouble("total")).isGreaterThan(weak.getDouble("total"));

        List<String> ranked = ranking(Map.of());
        assertThat(ranked).contains(fan, quiet);
        assertThat(ranked.indexOf(fan)).isLessThan(ranked.indexOf(quiet));

        // Weighing only one attribute ranks by it: the total is that attribute's score.
        JsonPath byPlatforms = given().queryParam("weights", "ownPlatforms:3")
                .queryParam("min", "ownPlatforms:" + strong.getInt("attributes.ownPlatforms.score"))
                .queryParam("size", 200)
                .get("/selection/candidates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> ids = byPlatforms.getList("items.advocateId", String.class);
        assertThat(ids).contains(fan).doesNotContain(quiet);
        int at = ids.indexOf(fan);
        assertThat(byPlatforms.getDouble("items[" + at + "].total"))
                .isEqualTo((double) strong.getInt("attributes.ownPlatforms.score"));
    }

    @Test
    void filtersByStageCategoryTotalAndAttributeMinimum() {
        String fan = person("sel-filter-fan", 80_000, 0.9, 0.9);
        String critic = person("sel-filter-critic", 40, -0.9);
        double fanTotal = selection(fan).getDouble("total");
        double criticTotal = selection(critic).getDouble("total");
        assertThat(fanTotal).isGreaterThan(criticTotal);
        String criticCategory = selection(critic).getString("category");

        assertThat(ranking(Map.of("category", criticCategory))).contains(critic).doesNotContain(fan);
        assertThat(ranking(Map.of("stage", "active"))).doesNotContain(fan, critic);
        assertThat(ranking(Map.of("stage", "discovered"))).contains(fan, critic);
        for (String stage : List.of("invited", "onboarded", "active")) {
            given().contentType(ContentType.JSON)
                    .body("{\"stage\": \"" + stage + "\", \"reason\": \"selected\"}")
                    .post("/advocates/" + fan + "/stage")
                    .then()
                    .statusCode(200);
        }
        assertThat(ranking(Map.of("stage", "active"))).contains(fan).doesNotContain(critic);
        assertThat(selection(fan).getDouble("attributes.commitment.inputs.daysActive"))
                .isGreaterThanOrEqualTo(0.0);
        assertThat(ranking(Map.of("minScore", String.valueOf(fanTotal))))
                .contains(fan)
                .doesNotContain(critic);
        int reach = selection(fan).getInt("attributes.respectAndInfluence.score");
        assertThat(ranking(Map.of("min", "respectAndInfluence:" + reach)))
                .contains(fan)
                .doesNotContain(critic);
    }

    @Test
    void profilesMergedAwayAreNotCandidates() {
        String keep = person("sel-keep", 100, 0.6);
        String gone = person("sel-gone", 100, 0.6);
        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + gone + "\", \"reason\": \"same person\"}")
                .post("/advocates/" + keep + "/merge")
                .then()
                .statusCode(201);

        assertThat(ranking(Map.of())).contains(keep).doesNotContain(gone);
        given().get("/advocates/" + gone + "/selection").then().statusCode(409);
        assertThat(selection(keep).getInt("attributes.trackRecord.inputs.mentions"))
                .isEqualTo(2);
    }

    @Test
    void badWeightsAndMinimumsAre400sNamingTheField() {
        given().queryParam("weights", "trackRecord:2,fame:1")
                .get("/selection/candidates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("weights"))
                .body("violations[0].message", containsString("fame:1"));
        given().queryParam("weights", "commitment:x")
                .get("/selection/candidates")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("weights"))
                .body("violations[0].message", containsString("commitment:x"));
        given().queryParam("min", "commitment:101")
                .get("/selection/candidates")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("min"));
        given().queryParam("minScore", "150")
                .get("/selection/candidates")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("minScore"));
        given().queryParam("stage", "famous")
                .get("/selection/candidates")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("stage"));
    }

    @Test
    void unknownPersonIs404() {
        given().get("/advocates/" + UUID.randomUUID() + "/selection").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void integratorsReadAttributesButNotTheRanking() {
        String someone = person("sel-integrator", 10, 0.5);
        selection(someone);
        given().get("/selection/candidates").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void advocatesReadNeither() {
        given().get("/advocates/" + UUID.randomUUID() + "/selection").then().statusCode(403);
        given().get("/selection/candidates").then().statusCode(403);
    }
}
