package io.advocacy.interaction.cadence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The programme's cadences per stage and per segment: managed through the API, applied to people from the stages and
 * segments advocate-service announces on Kafka, overridden by a person's own cadence, and used by planning.
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "program-admin")
class CadenceRuleTest {

    private static final String ADVOCATES = "advocacy.advocates";
    private static final String STAGE_CHANGED = "io.advocacy.advocate.stage-changed.v1";
    private static final String SEGMENT_JOINED = "io.advocacy.advocate.segment-joined.v1";
    private static final String SEGMENT_LEFT = "io.advocacy.advocate.segment-left.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Stage rules are the programme's, shared by every test: each test removes those it made. */
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void removeRules() {
        made.forEach(id -> given().when().delete("/cadence-rules/" + id));
    }

    @Test
    void aRuleMustNameExactlyOneStageOrSegmentAndARuleIcal4jCanRead() {
        postRule("{\"rrule\": \"FREQ=WEEKLY\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("stage", "segmentId"));
        postRule("{\"stage\": \"active\", \"segmentId\": \"%s\", \"rrule\": \"FREQ=WEEKLY\"}"
                        .formatted(UUID.randomUUID()))
                .statusCode(400)
                .body("violations.field", hasItems("stage", "segmentId"));
        postRule("{\"stage\": \"active\", \"priority\": 3, \"rrule\": \"FREQ=SOMETIMES\"}")
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("priority", "rrule"));
        postRule("{\"stage\": \"retired\", \"rrule\": \"FREQ=WEEKLY\", \"durationMinutes\": 1}")
                .statusCode(400)
                .body("violations.field", hasItems("stage", "durationMinutes"));
        postRule("{\"segmentId\": \"%s\", \"priority\": 1001, \"rrule\": \"FREQ=HOURLY\"}".formatted(UUID.randomUUID()))
                .statusCode(400)
                .body("violations.field", hasItem("priority"));
        postRule("{\"segmentId\": \"%s\", \"rrule\": \"FREQ=HOURLY\"}".formatted(UUID.randomUUID()))
                .statusCode(400)
                .body("violations.field", hasItem("rrule"));
    }

    @Test
    void rulesAreCreatedReadReplacedAndRemovedOncePerTarget() {
        UUID segment = UUID.randomUUID();
        String id = create("""
                {"segmentId": "%s", "segmentName": "power users", "priority": 7, "rrule": "FREQ=MONTHLY;BYDAY=1TU",
                 "startsOn": "2026-01-01", "time": "09:30", "durationMinutes": 20, "manager": "omar"}
                """.formatted(segment));
        given().when()
                .get("/cadence-rules/" + id)
                .then()
                .statusCode(200)
                .body("target", equalTo("segment:" + segment))
                .body("segmentName", equalTo("power users"))
                .body("priority", equalTo(7))
                .body("time", equalTo("09:30:00"))
                .body("durationMinutes", equalTo(20))
                .body("manager", equalTo("omar"))
                .body("updatedBy", equalTo("maria"));
        postRule("{\"segmentId\": \"%s\", \"rrule\": \"FREQ=WEEKLY\"}".formatted(segment))
                .statusCode(409);

        given().contentType(ContentType.JSON)
                .body("{\"segmentId\": \"%s\", \"rrule\": \"FREQ=WEEKLY;BYDAY=FR\"}".formatted(segment))
                .when()
                .put("/cadence-rules/" + id)
                .then()
                .statusCode(200)
                .body("rrule", equalTo("FREQ=WEEKLY;BYDAY=FR"))
                .body("priority", equalTo(0))
                .body("time", equalTo("10:00:00"))
                .body("manager", equalTo(null));
        given().when().get("/cadence-rules").then().statusCode(200).body("id", hasItem(id));

        given().when().delete("/cadence-rules/" + id).then().statusCode(204);
        given().when().get("/cadence-rules/" + id).then().statusCode(404);
        given().when().delete("/cadence-rules/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "omar", roles = "advocate-manager")
    void managersReadRulesButOnlyAdminsWriteThem() {
        given().when().get("/cadence-rules").then().statusCode(200);
        postRule("{\"segmentId\": \"%s\", \"rrule\": \"FREQ=WEEKLY\"}".formatted(UUID.randomUUID()))
                .statusCode(403);
    }

    @Test
    void ownCadenceBeatsSegmentsWhichBeatTheStageAndPlanningFollowsTheWinner() {
        String stageRule = create("{\"stage\": \"invited\", \"rrule\": \"FREQ=WEEKLY;BYDAY=MO\"}");
        made.add(stageRule);
        UUID low = UUID.randomUUID();
        UUID highA = UUID.randomUUID();
        UUID highB = UUID.randomUUID();
        made.add(
                create("{\"segmentId\": \"%s\", \"priority\": 1, \"rrule\": \"FREQ=WEEKLY;BYDAY=TU\"}".formatted(low)));
        made.add(create(
                "{\"segmentId\": \"%s\", \"priority\": 5, \"rrule\": \"FREQ=WEEKLY;BYDAY=WE\"}".formatted(highA)));
        made.add(create(
                "{\"segmentId\": \"%s\", \"priority\": 5, \"rrule\": \"FREQ=WEEKLY;BYDAY=TH\"}".formatted(highB)));
        // Equal priorities: the segment whose id sorts first as text wins.
        UUID tieWinner = List.of(highA, highB).stream()
                .min(Comparator.comparing(UUID::toString))
                .orElseThrow();

        UUID atStage = UUID.randomUUID();
        stage(atStage, "invited", "2026-11-20T10:00:00Z");
        UUID inLow = UUID.randomUUID();
        stage(inLow, "invited", "2026-11-20T10:00:00Z");
        segment(inLow, low, true, "2026-11-20T11:00:00Z");
        UUID inAll = UUID.randomUUID();
        segment(inAll, low, true, "2026-11-20T11:00:00Z");
        segment(inAll, highA, true, "2026-11-20T11:00:00Z");
        segment(inAll, highB, true, "2026-11-20T11:00:00Z");
        UUID own = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("{\"rrule\": \"FREQ=WEEKLY;BYDAY=FR\", \"startsOn\": \"2026-01-01\"}")
                .when()
                .put("/advocates/" + own + "/cadence")
                .then()
                .statusCode(200)
                .body("source", equalTo("person"));
        segment(own, highA, true, "2026-11-20T11:00:00Z");
        UUID left = UUID.randomUUID();
        stage(left, "invited", "2026-11-20T10:00:00Z");
        segment(left, low, true, "2026-11-20T11:00:00Z");
        segment(left, low, false, "2026-11-20T12:00:00Z");
        UUID nobody = UUID.randomUUID();

        awaitSource(atStage, "stage:invited");
        awaitSource(inLow, "segment:" + low);
        awaitSource(inAll, "segment:" + tieWinner);
        awaitSource(left, "stage:invited");
        given().when()
                .get("/advocates/" + own + "/cadence")
                .then()
                .statusCode(200)
                .body("source", equalTo("person"))
                .body("rrule", equalTo("FREQ=WEEKLY;BYDAY=FR"));
        given().when().get("/advocates/" + nobody + "/cadence").then().statusCode(404);

        given().queryParam("from", "2027-03-01T00:00:00Z")
                .queryParam("until", "2027-03-08T00:00:00Z")
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200);
        assertThat(checkInDays(atStage)).containsExactly(DayOfWeek.MONDAY);
        assertThat(checkInDays(inLow)).containsExactly(DayOfWeek.TUESDAY);
        assertThat(checkInDays(inAll))
                .containsExactly(tieWinner.equals(highA) ? DayOfWeek.WEDNESDAY : DayOfWeek.THURSDAY);
        assertThat(checkInDays(own)).containsExactly(DayOfWeek.FRIDAY);
        assertThat(checkInDays(left)).containsExactly(DayOfWeek.MONDAY);
        assertThat(checkInDays(nobody)).isEmpty();

        // Once the stage has no rule, the person has no cadence.
        given().when().delete("/cadence-rules/" + stageRule).then().statusCode(204);
        given().when().get("/advocates/" + atStage + "/cadence").then().statusCode(404);
    }

    @Test
    void anOlderStageArrivingLateOrTwiceChangesNothing() {
        made.add(create("{\"stage\": \"invited\", \"rrule\": \"FREQ=WEEKLY;BYDAY=MO\"}"));
        made.add(create("{\"stage\": \"active\", \"rrule\": \"FREQ=WEEKLY;BYDAY=TU\"}"));
        UUID marker = UUID.randomUUID();
        made.add(create("{\"segmentId\": \"%s\", \"rrule\": \"FREQ=WEEKLY;BYDAY=SA\"}".formatted(marker)));

        UUID advocate = UUID.randomUUID();
        String newer = UUID.randomUUID().toString();
        String invited = stageChanged(advocate, "discovered", "invited", "2026-11-20T12:00:00Z");
        topics().sendCloudEvent(ADVOCATES, advocate.toString(), STAGE_CHANGED, newer, invited);
        topics().sendCloudEvent(ADVOCATES, advocate.toString(), STAGE_CHANGED, newer, invited);
        stage(advocate, "active", "2026-11-20T08:00:00Z");
        // Events about one person are consumed in order: joining and leaving the marker segment comes after.
        segment(advocate, marker, true, "2026-11-20T13:00:00Z");
        awaitSource(advocate, "segment:" + marker);
        segment(advocate, marker, false, "2026-11-20T14:00:00Z");

        awaitSource(advocate, "stage:invited");
    }

    @Test
    void anErasedPersonLosesTheirSegmentsAndStage() {
        UUID segment = UUID.randomUUID();
        made.add(create("{\"segmentId\": \"%s\", \"rrule\": \"FREQ=WEEKLY\"}".formatted(segment)));
        made.add(create("{\"stage\": \"onboarded\", \"rrule\": \"FREQ=WEEKLY\"}"));
        UUID advocate = UUID.randomUUID();
        stage(advocate, "onboarded", "2026-11-20T10:00:00Z");
        segment(advocate, segment, true, "2026-11-20T11:00:00Z");
        awaitSource(advocate, "segment:" + segment);

        send(
                advocate,
                "io.advocacy.advocate.erased.v1",
                "{\"advocateId\": \"%s\", \"authorKey\": \"x:y\"}".formatted(advocate));
        // The segment's own leave (cause erased) follows the erasure and stores nothing.
        segment(advocate, segment, false, "2026-11-20T12:00:00Z");
        await().atMost(PATIENCE)
                .until(
                        () -> given().when()
                                .get("/advocates/" + advocate + "/cadence")
                                .then()
                                .extract()
                                .statusCode(),
                        status -> status == 404);
    }

    private String create(String body) {
        return postRule(body).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse postRule(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/cadence-rules")
                .then();
    }

    private static void awaitSource(UUID advocate, String source) {
        await().atMost(PATIENCE)
                .until(
                        () -> given().when()
                                .get("/advocates/" + advocate + "/cadence")
                                .then()
                                .extract()
                                .path("source"),
                        source::equals);
    }

    private static List<DayOfWeek> checkInDays(UUID advocate) {
        return given()
                .queryParam("advocateId", advocate)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.dueAt", String.class)
                .stream()
                .map(due -> OffsetDateTime.parse(due).getDayOfWeek())
                .toList();
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }

    private static void stage(UUID advocate, String stage, String at) {
        send(advocate, STAGE_CHANGED, stageChanged(advocate, "discovered", stage, at));
    }

    private static void segment(UUID advocate, UUID segment, boolean joined, String at) {
        send(advocate, joined ? SEGMENT_JOINED : SEGMENT_LEFT, """
                {"advocateId": "%s", "segmentId": "%s", "segmentName": "s", "cause": "profile", "at": "%s"}
                """.formatted(advocate, segment, at));
    }

    private static void send(UUID advocate, String type, String data) {
        topics().sendCloudEvent(
                        ADVOCATES, advocate.toString(), type, UUID.randomUUID().toString(), data);
    }

    private static String stageChanged(UUID advocate, String from, String to, String at) {
        return """
                {"advocateId": "%s", "authorKey": "twitter:ada", "previousStage": "%s", "stage": "%s",
                 "changedBy": "maria", "reason": "moved on", "changedAt": "%s"}
                """.formatted(advocate, from, to, at);
    }
}
