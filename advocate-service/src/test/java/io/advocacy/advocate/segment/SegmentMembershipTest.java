package io.advocacy.advocate.segment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.advocate.People;
import io.advocacy.advocate.segment.service.SegmentRefresh;
import io.advocacy.platform.testing.EventTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class SegmentMembershipTest {

    private static final String JOINED = "io.advocacy.advocate.segment-joined.v1";
    private static final String LEFT = "io.advocacy.advocate.segment-left.v1";

    @Inject
    SegmentRefresh refresh;

    /** The last event of a type about a person and a segment, read from the topic. */
    private static JsonPath awaitEvent(String type, String advocateId, String segmentId) {
        var records = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> type.equals(EventTopics.header(r, "ce_type"))
                                && advocateId.equals(r.key())
                                && r.value().contains(segmentId),
                        People.PATIENCE);
        return JsonPath.from(records.get(records.size() - 1).value());
    }

    @Test
    void mentionsOnKafkaMakeANewcomerAndThenARegularJoinSegmentsAndTheJoinsArePublished() {
        String run = "inc-" + UUID.randomUUID();
        String everyone =
                Segments.create("everyone-" + run, Segments.ofRun(run, """
                        {"field": "mentionCount", "op": "gte", "value": 1}""")).getString("id");
        String id = Segments.person(run, "ada", 0.6, 10);
        assertThat(awaitEvent(JOINED, id, everyone).getString("cause")).isEqualTo("profile");
        String segment =
                Segments.create("regulars-" + run, Segments.ofRun(run, """
                        {"field": "mentionCount", "op": "gte", "value": 2}""")).getString("id");
        given().get("/segments/" + segment).then().body("members", equalTo(0));

        Segments.mention(
                "twitter:" + run + "-ada",
                0.4,
                10,
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));

        JsonPath joined = awaitEvent(JOINED, id, segment);
        assertThat(joined.getString("advocateId")).isEqualTo(id);
        assertThat(joined.getString("segmentName")).isEqualTo("regulars-" + run);
        assertThat(joined.getString("cause")).isEqualTo("profile");
        given().get("/segments/" + segment + "/members")
                .then()
                .body("total", equalTo(1))
                .body("items[0].advocateId", equalTo(id))
                .body("items[0].mentionCount", equalTo(2));
    }

    @Test
    void aMoveThroughTheLifecycleAndAnErasureMakePeopleLeave() {
        String run = "inc-" + UUID.randomUUID();
        String id = Segments.person(run, "grace", 0.6, 10);
        String prospects =
                Segments.create("prospects-" + run, Segments.ofRun(run, """
                        {"not": {"field": "stage", "op": "in", "value": ["invited", "onboarded"]}}""")).getString("id");
        given().get("/segments/" + prospects).then().body("members", equalTo(1));

        given().contentType(ContentType.JSON)
                .body("{\"stage\": \"invited\", \"reason\": \"asked to join\"}")
                .post("/advocates/" + id + "/stage")
                .then()
                .statusCode(200);
        assertThat(awaitEvent(LEFT, id, prospects).getString("cause")).isEqualTo("profile");
        given().get("/segments/" + prospects).then().body("members", equalTo(0));

        String invited =
                Segments.create("invited-" + run, Segments.ofRun(run, """
                        {"field": "stage", "op": "eq", "value": "invited"}""")).getString("id");
        given().get("/segments/" + invited).then().body("members", equalTo(1));
        given().delete("/advocates/" + id).then().statusCode(204);
        assertThat(awaitEvent(LEFT, id, invited).getString("cause")).isEqualTo("erased");
        given().get("/segments/" + invited).then().body("members", equalTo(0));
    }

    @Test
    void anonymisingAPersonTakesThemOutOfASegmentOnTheirReach() {
        String run = "inc-" + UUID.randomUUID();
        String id = Segments.person(run, "linus", 0.2, 5000);
        String reach = Segments.create("reach-" + run, Segments.ofRun(run, """
                        {"field": "followers", "op": "gt", "value": 1000}""")).getString("id");
        given().get("/segments/" + reach).then().body("members", equalTo(1));

        given().post("/advocates/" + id + "/anonymise").then().statusCode(204);

        assertThat(awaitEvent(LEFT, id, reach).getString("cause")).isEqualTo("profile");
        given().get("/segments/" + reach).then().body("members", equalTo(0));
    }

    @Test
    void timePassingMakesPeopleLeaveASegmentOfRecentActivity() throws Throwable {
        String run = "inc-" + UUID.randomUUID();
        String id = Segments.person(run, "hedy", 0.6, 10);
        var created = Segments.create("recent-" + run, Segments.ofRun(run, """
                        {"field": "lastMentionAt", "op": "withinDays", "value": 30}"""));
        String segment = created.getString("id");
        assertThat(created.getBoolean("timeDependent")).isTrue();
        assertThat(created.getLong("members")).isEqualTo(1);

        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> refresh.refresh(UUID.fromString(segment), today)))
                .isZero();
        int changed = VertxContextSupport.subscribeAndAwait(
                () -> refresh.refresh(UUID.fromString(segment), today.plusDays(40)));

        assertThat(changed).isEqualTo(1);
        assertThat(awaitEvent(LEFT, id, segment).getString("cause")).isEqualTo("time");
        given().get("/segments/" + segment).then().body("members", equalTo(0));
    }
}
