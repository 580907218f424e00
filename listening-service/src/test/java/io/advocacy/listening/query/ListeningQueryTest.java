package io.advocacy.listening.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin", "integrator"})
class ListeningQueryTest {

    private static String mention(String externalId, String platform, String text) {
        return """
                {"platform": "%s", "externalId": "%s",
                 "author": {"handle": "q-tester", "displayName": "Q", "followers": 5},
                 "url": "https://example.com/%s", "text": "%s", "publishedAt": "2026-11-20T10:15:30Z"}
                """.formatted(platform, externalId, externalId, text);
    }

    private static String createQuery(String programme, String expression, String platforms) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"programme": "%s", "name": "main", "expression": "%s", "platforms": %s}
                        """.formatted(programme, expression.replace("\"", "\\\""), platforms))
                .post("/queries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static int post(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/mentions")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void rejectsABadExpressionPointingAtThePosition() {
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"p\", \"name\": \"bad\", \"expression\": \"zephyr AND (gadget OR\"}")
                .post("/queries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("expression"))
                .body("violations[0].message", containsString("at position 21"));
    }

    @Test
    void keepsAMentionThatMatchesNoQueryOutOfTheStreamButCountsIt() {
        long before =
                given().get("/mentions/outcomes").then().extract().jsonPath().getLong("unmatched");
        String externalId = "u-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(mention(externalId, "twitter", "nothing about any brand we listen to"))
                .post("/mentions")
                .then()
                .statusCode(202)
                .body("status", equalTo("unmatched"));
        given().get("/mentions/outcomes").then().body("unmatched", equalTo((int) before + 1));
    }

    @Test
    void appliesPlatformsAndExclusions() {
        String word = "orbit" + UUID.randomUUID().toString().substring(0, 6);
        createQuery("orbit-" + word, word + " AND NOT hiring", "[\"reddit\"]");
        assertThat(post(mention("a-" + UUID.randomUUID(), "reddit", word + " is lovely")))
                .isEqualTo(201);
        assertThat(post(mention("b-" + UUID.randomUUID(), "twitter", word + " is lovely")))
                .isEqualTo(202);
        assertThat(post(mention("c-" + UUID.randomUUID(), "reddit", word + " is hiring")))
                .isEqualTo(202);
    }

    @Test
    void aNewVersionAppliesFromNowOnAndEarlierMatchesKeepTheirVersion() {
        String word = "nova" + UUID.randomUUID().toString().substring(0, 6);
        String programme = "nova-" + word;
        String queryId = createQuery(programme, word, "[]");
        String first = "v1-" + UUID.randomUUID();
        assertThat(post(mention(first, "blog", "the " + word + " launch"))).isEqualTo(201);

        given().contentType(ContentType.JSON)
                .body("{\"expression\": \"\\\"" + word + " pro\\\"\"}")
                .put("/queries/" + queryId)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("versions", hasSize(2))
                .body("versions[1].expression", equalTo(word));
        assertThat(post(mention("v2-" + UUID.randomUUID(), "blog", "the " + word + " launch")))
                .isEqualTo(202);
        String second = "v2-" + UUID.randomUUID();
        assertThat(post(mention(second, "blog", "the " + word + " pro launch"))).isEqualTo(201);

        var topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        var records = topics.readUntil("advocacy.mentions", r -> r.value().contains(second), Duration.ofSeconds(30));
        var firstEvent = records.stream()
                .filter(r -> r.value().contains(first))
                .findFirst()
                .orElseThrow();
        var secondEvent = records.get(records.size() - 1);
        assertThat(JsonPath.from(firstEvent.value()).getInt("matches[0].queryVersion"))
                .isEqualTo(1);
        assertThat(JsonPath.from(secondEvent.value()).getInt("matches[0].queryVersion"))
                .isEqualTo(2);
        assertThat(JsonPath.from(secondEvent.value()).getString("matches[0].programme"))
                .isEqualTo(programme);

        given().delete("/queries/" + queryId).then().statusCode(204);
        assertThat(post(mention("v3-" + UUID.randomUUID(), "blog", "the " + word + " pro launch")))
                .isEqualTo(202);
        given().get("/queries/" + queryId).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void rejectsOnlyTheInvalidMentionsOfABatch() {
        String word = "quasar" + UUID.randomUUID().toString().substring(0, 6);
        createQuery("quasar-" + word, word, "[]");
        given().contentType(ContentType.JSON)
                .body("{\"mentions\": [" + mention("ok-" + UUID.randomUUID(), "blog", word + " rocks") + ","
                        + mention("", "blog", word) + "," + mention("x-" + UUID.randomUUID(), "blog", "unrelated")
                        + "]}")
                .post("/mentions/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(1))
                .body("unmatched", equalTo(1))
                .body("results[1].status", equalTo("rejected"))
                .body("results[1].violations[0].field", equalTo("mentions[1].externalId"))
                .body("results[2].status", equalTo("unmatched"));
    }

    @Test
    @TestSecurity(user = "bot", roles = "integrator")
    void onlyAProgramAdminChangesQueries() {
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"p\", \"name\": \"n\", \"expression\": \"x\"}")
                .post("/queries")
                .then()
                .statusCode(403);
    }

    @Test
    void appliesLanguagesAndScoresOnlyTheLanguagesTheScorerKnows() {
        String word = "kite" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"kite-" + word + "\", \"name\": \"de\", \"expression\": \"" + word
                        + "\", \"languages\": [\"de\"]}")
                .post("/queries")
                .then()
                .statusCode(201)
                .body("languages[0]", equalTo("de"));
        given().contentType(ContentType.JSON)
                .body(mention("de-" + UUID.randomUUID(), "blog", word + " ist schrecklich, ich hasse es wirklich sehr"))
                .post("/mentions")
                .then()
                .statusCode(201)
                .body("language", equalTo("de"))
                .body("sentimentSupported", equalTo(false))
                .body("sentiment", equalTo(0.0f));
        assertThat(post(mention("en-" + UUID.randomUUID(), "blog", word + " is terrible and I really hate it")))
                .isEqualTo(202);
    }

    @Test
    void refusesALanguageThatIsNotAnIsoCode() {
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"p\", \"name\": \"l\", \"expression\": \"x\", \"languages\": [\"german\"]}")
                .post("/queries")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("languages"));
    }
}
