package io.advocacy.advocate.segment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager", roles = "advocate-manager")
class SegmentResourceTest {

    @Test
    void createsASegmentOfNestedAllAndAnyAndListsItsMembers() {
        String run = "seg-" + UUID.randomUUID();
        String fan = Segments.person(run, "fan", 0.6, 150);
        String loudCritic = Segments.person(run, "loud-critic", -0.5, 5000);
        Segments.person(run, "quiet-critic", -0.5, 10);
        Segments.person(run, "lukewarm", 0.1, 50);

        // Advocates, or anyone with reach who is not an alumnus.
        var created = Segments.create("reach-" + run, Segments.ofRun(run, """
                {"any": [
                    {"field": "category", "op": "in", "value": ["social-advocate", "strong-advocate"]},
                    {"all": [
                        {"field": "followers", "op": "gte", "value": 1000},
                        {"not": {"field": "stage", "op": "eq", "value": "alumni"}}
                    ]}
                ]}
                """));
        String id = created.getString("id");
        assertThat(created.getLong("members")).isEqualTo(2);
        assertThat(created.getString("createdBy")).isEqualTo("manager");
        assertThat(created.getString("rule.all[1].any[1].all[1].not.value")).isEqualTo("alumni");
        assertThat(created.getBoolean("timeDependent")).isFalse();

        given().get("/segments/" + id + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.advocateId", containsInAnyOrder(fan, loudCritic))
                .body("items.category", containsInAnyOrder("social-advocate", "social-detractor"));
        given().get("/segments/" + id).then().statusCode(200).body("members", equalTo(2));
        given().queryParam("size", 200)
                .get("/segments")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("reach-" + run));
    }

    @Test
    void changingTheRuleEvaluatesEveryoneAgainAndDeletingRemovesIt() {
        String run = "seg-" + UUID.randomUUID();
        String fan = Segments.person(run, "fan", 0.7, 150);
        String critic = Segments.person(run, "critic", -0.7, 150);
        String id = Segments.create("fans-" + run, Segments.ofRun(run, """
                        {"field": "averageSentiment", "op": "gt", "value": 0}""")).getString("id");
        given().get("/segments/" + id + "/members").then().body("items.advocateId", containsInAnyOrder(fan));

        given().contentType(ContentType.JSON)
                .body("{\"name\": \"critics-" + run + "\", \"description\": \"people to look after\", \"rule\": "
                        + Segments.ofRun(run, "{\"field\": \"fourA\", \"op\": \"eq\", \"value\": \"alienated\"}")
                        + "}")
                .put("/segments/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("critics-" + run))
                .body("members", equalTo(1));
        given().get("/segments/" + id + "/members").then().body("items.advocateId", containsInAnyOrder(critic));

        given().delete("/segments/" + id).then().statusCode(204);
        given().get("/segments/" + id).then().statusCode(404);
        given().get("/segments/" + id + "/members").then().statusCode(404);
    }

    @Test
    void namesEveryBadPartOfARuleByItsPath() {
        var violations = given().contentType(ContentType.JSON)
                .body("""
                        {"name": "broken", "rule": {"all": [
                            {"field": "category", "op": "eq", "value": "fan"},
                            {"any": [
                                {"field": "followers", "op": "gte", "value": 10},
                                {"field": "colour", "op": "eq", "value": "red"}
                            ]},
                            {"field": "lastMentionAt", "op": "withinDays", "value": 0},
                            {"field": "followers", "op": "contains", "value": "1"},
                            {"field": "stage", "op": "in", "value": ["active", "sleeping"]},
                            {"any": []},
                            {"all": [{"field": "mentionCount", "op": "gt", "value": 1}], "any": []},
                            {"not": {"field": "handle", "op": "eq", "value": 3, "extra": true}}
                        ]}}
                        """)
                .post("/segments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("9 problem(s)"))
                .extract()
                .jsonPath()
                .getList("violations.field", String.class);
        assertThat(violations)
                .containsExactlyInAnyOrder(
                        "rule.all[0].value",
                        "rule.all[1].any[1].field",
                        "rule.all[2].value",
                        "rule.all[3].op",
                        "rule.all[4].value[1]",
                        "rule.all[5].any",
                        "rule.all[6]",
                        "rule.all[7].not.extra",
                        "rule.all[7].not.value");
    }

    @Test
    void namesTheMissingFieldsOfTheRequest() {
        var fields = given().contentType(ContentType.JSON)
                .body("{\"name\": \" \"}")
                .post("/segments")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath()
                .getList("violations.field", String.class);
        assertThat(fields).contains("name", "rule");
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"not-a-rule\", \"rule\": [1]}")
                .post("/segments")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("rule")));
    }

    @Test
    void refusesASecondSegmentOfTheSameName() {
        String name = "twice-" + UUID.randomUUID();
        String rule = "{\"field\": \"mentionCount\", \"op\": \"lt\", \"value\": 0}";
        Segments.create(name, rule);
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"rule\": " + rule + "}")
                .post("/segments")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    @TestSecurity(user = "integration", roles = "integrator")
    void anIntegratorReadsSegmentsButCannotDefineThem() {
        given().get("/segments").then().statusCode(200);
        given().get("/segments/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"rule\": {\"field\": \"mentionCount\", \"op\": \"gt\", \"value\": 1}}")
                .post("/segments")
                .then()
                .statusCode(403);
        given().delete("/segments/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "fan", roles = "advocate")
    void anAdvocateCannotReadSegments() {
        given().get("/segments").then().statusCode(403);
        given().get("/segments/" + UUID.randomUUID() + "/members").then().statusCode(403);
    }
}
