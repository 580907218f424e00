package io.advocacy.advocate.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.advocacy.advocate.People;
import io.advocacy.platform.testing.EventTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StageLifecycleTest {

    private static final String STAGE_CHANGED = "io.advocacy.advocate.stage-changed.v1";

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void movesAPersonThroughEveryStageAndBackFromAlumniRecordingWhoWhenAndWhy() {
        String id = People.discover("journey");

        moveTo(id, "invited", "loves the app").statusCode(200).body("stage", equalTo("invited"));
        moveTo(id, "onboarded", "accepted the invitation").statusCode(200);
        moveTo(id, "active", "first campaign").statusCode(200);
        moveTo(id, "alumni", "moved abroad").statusCode(200).body("stage", equalTo("alumni"));
        moveTo(id, "active", "back again").statusCode(200).body("stage", equalTo("active"));

        JsonPath history = given().get("/advocates/" + id + "/stage-history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("from", String.class))
                .containsExactly("discovered", "invited", "onboarded", "active", "alumni");
        assertThat(history.getList("to", String.class))
                .containsExactly("invited", "onboarded", "active", "alumni", "active");
        assertThat(history.getList("changedBy", String.class)).containsOnly("maria");
        assertThat(history.getList("reason", String.class))
                .containsExactly(
                        "loves the app", "accepted the invitation", "first campaign", "moved abroad", "back again");
        assertThat(OffsetDateTime.parse(history.getString("[0].changedAt")))
                .isBefore(OffsetDateTime.parse(history.getString("[4].changedAt")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void refusesAnInvalidMoveNamingTheCurrentStageAndTheAllowedOnes() {
        String id = People.discover("skipper");

        moveTo(id, "active", "skip the queue")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("at stage discovered"))
                .body("detail", containsString("allowed next stages: invited"))
                .body("violations[0].field", equalTo("stage"));
        moveTo(id, "discovered", "again").statusCode(409);

        moveTo(id, "invited", "asked").statusCode(200);
        moveTo(id, "alumni", "gone")
                .statusCode(409)
                .body("detail", containsString("at stage invited"))
                .body("detail", containsString("allowed next stages: onboarded"));
        given().get("/advocates/" + id + "/stage-history")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void aMoveMadeOnAStaleEtagIsRefusedWithPreconditionFailed() {
        String id = People.discover("etag");
        String etag =
                given().get("/advocates/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"\\d+\"");

        String newEtag = moveTo(id, etag, "invited", "first")
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .extract()
                .header("ETag");
        given().get("/advocates/" + id).then().header("ETag", equalTo(newEtag));

        moveTo(id, etag, "onboarded", "on a stale read")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("detail", containsString(newEtag));
        moveTo(id, "W/" + newEtag, "onboarded", "weak tags never match").statusCode(412);
        given().get("/advocates/" + id).then().body("stage", equalTo("invited"));

        moveTo(id, newEtag, "onboarded", "on a fresh read").statusCode(200).body("stage", equalTo("onboarded"));
        moveTo(id, "*", "active", "any version").statusCode(200);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void publishesEachMoveAsACloudEventKeyedByThePerson() {
        String id = People.discover("published");
        String authorKey = given().get("/advocates/" + id).then().extract().path("authorKey");
        moveTo(id, "invited", "great reviews").statusCode(200);

        var records = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> STAGE_CHANGED.equals(EventTopics.header(r, "ce_type")) && id.equals(r.key()),
                        People.PATIENCE);
        var record = records.get(records.size() - 1);
        assertThat(EventTopics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(EventTopics.header(record, "ce_id")).isNotBlank();
        assertThat(EventTopics.header(record, "ce_source")).isEqualTo("/advocacy/advocate-service");
        assertThat(EventTopics.header(record, "ce_subject")).isEqualTo(id);
        assertThat(EventTopics.header(record, "ce_time")).isNotBlank();
        assertThat(EventTopics.header(record, "content-type")).startsWith("application/json");
        JsonPath data = JsonPath.from(record.value());
        assertThat(data.getString("advocateId")).isEqualTo(id);
        assertThat(data.getString("authorKey")).isEqualTo(authorKey);
        assertThat(data.getString("previousStage")).isEqualTo("discovered");
        assertThat(data.getString("stage")).isEqualTo("invited");
        assertThat(data.getString("changedBy")).isEqualTo("maria");
        assertThat(data.getString("reason")).isEqualTo("great reviews");
        assertThat(data.getString("changedAt")).isNotBlank();
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void alumniStayReachableInTheAlumniSegment() {
        String id = People.discover("alumna");
        String authorKey = given().get("/advocates/" + id).then().extract().path("authorKey");
        for (String stage : new String[] {"invited", "onboarded", "active", "alumni"}) {
            moveTo(id, stage, "on the way to alumni").statusCode(200);
        }

        given().queryParam("stage", "alumni")
                .queryParam("size", 200)
                .get("/advocates")
                .then()
                .statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.size()", equalTo(1));
        given().queryParam("stage", "alumni")
                .queryParam("authorKey", authorKey)
                .get("/advocates")
                .then()
                .body("total", equalTo(1))
                .body("items[0].stage", equalTo("alumni"));
        given().queryParam("stage", "active")
                .queryParam("authorKey", authorKey)
                .get("/advocates")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void aMoveNeedsAKnownStageAndAReason() {
        String id = People.discover("reasonless");
        given().contentType("application/json")
                .body("{\"stage\": \"invited\"}")
                .post("/advocates/" + id + "/stage")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        given().contentType("application/json")
                .body("{\"stage\": \"champion\", \"reason\": \"why not\"}")
                .post("/advocates/" + id + "/stage")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("stage"));
        moveTo(UUID.randomUUID().toString(), "invited", "nobody")
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesMovesAndHistoryWithoutAToken() {
        moveTo(UUID.randomUUID().toString(), "invited", "anonymous").statusCode(401);
        given().get("/advocates/" + UUID.randomUUID() + "/stage-history").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void anIntegratorReadsTheHistoryButMovesNobody() {
        moveTo(UUID.randomUUID().toString(), "invited", "not mine to decide").statusCode(403);
        given().get("/advocates/" + UUID.randomUUID() + "/stage-history").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void anAdvocateMayNeitherMoveNorReadHistory() {
        moveTo(UUID.randomUUID().toString(), "invited", "self-service").statusCode(403);
        given().get("/advocates/" + UUID.randomUUID() + "/stage-history").then().statusCode(403);
    }

    private static ValidatableResponse moveTo(String id, String stage, String reason) {
        return moveTo(id, null, stage, reason);
    }

    private static ValidatableResponse moveTo(String id, String ifMatch, String stage, String reason) {
        var request = given().contentType("application/json")
                .body("{\"stage\": \"%s\", \"reason\": \"%s\"}".formatted(stage, reason));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/advocates/" + id + "/stage").then();
    }
}
