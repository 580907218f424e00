package io.advocacy.advocate.council;

import static io.advocacy.advocate.council.Councils.answer;
import static io.advocacy.advocate.council.Councils.create;
import static io.advocacy.advocate.council.Councils.invited;
import static io.advocacy.advocate.council.Councils.someone;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An advocate answers their own invitation and feedback, a manager answers for another member. The steps run in
 * order because a test runs as one caller: the manager sets up, the advocate answers, the manager answers and reads.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CouncilSelfServiceTest {

    /** The advocate the token's {@code advocate_id} claim names; made with a known id, as a sign-in would link it. */
    private static final String SELF = "00000000-0000-0000-0000-00000000c0c1";

    private static final String ANSWERS = """
            {"answers": [{"question": 0, "score": %d}, {"question": 1, "choice": "%s"},
                         {"question": 2, "text": "%s"}]}
            """;

    private static String councilId;
    private static String ownInvitation;
    private static String otherInvitation;
    private static String other;
    private static String feedbackId;

    @Inject
    Pool database;

    @Test
    @Order(1)
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aManagerInvitesTwoAndAsksForFeedback() {
        database.query("insert into advocate (id, author_key, platform, handle, stage, category, discovered_at)"
                        + " values ('" + SELF + "', 'twitter:self-" + SELF + "', 'twitter', 'self', 'ACTIVE',"
                        + " 'NEUTRAL', now()) on conflict do nothing")
                .execute()
                .await()
                .indefinitely();
        councilId = create("self-service", 3, "P1Y");
        other = someone("other-member");
        ownInvitation = invited(councilId, SELF);
        otherInvitation = invited(councilId, other);
        feedbackId = given().contentType("application/json")
                .body("""
                        {"title": "New onboarding flow", "questions": [
                          {"text": "How clear was it?", "kind": "scale"},
                          {"text": "Which part first?", "kind": "choice", "options": ["signup", "tour", "invite"]},
                          {"text": "Anything else?", "kind": "text"}]}
                        """)
                .post("/councils/" + councilId + "/feedback-requests")
                .then()
                .statusCode(201)
                .body("questions[1].options", equalTo(List.of("signup", "tour", "invite")))
                .body("questions[2].position", equalTo(2))
                .extract()
                .path("id");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "ada", roles = "advocate")
    @OidcSecurity(claims = @Claim(key = "advocate_id", value = SELF))
    void theAdvocateAnswersOnlyTheirOwnInvitationAndRespondsOnce() {
        answer(councilId, otherInvitation, "accept").statusCode(403);
        given().get("/councils/" + councilId + "/feedback-requests").then().statusCode(403);

        answer(councilId, ownInvitation, "accept")
                .statusCode(200)
                .body("status", equalTo("accepted"))
                .body("respondedBy", equalTo("ada"));
        given().get("/councils/" + councilId + "/feedback-requests")
                .then()
                .statusCode(200)
                .body("[0].id", equalTo(feedbackId));

        respond(ANSWERS.formatted(4, "tour", "Loved the tour")).statusCode(201).body("responses", equalTo(1));
        respond(ANSWERS.formatted(5, "tour", "again")).statusCode(409);
        respond("{\"advocateId\": \"" + other + "\", \"answers\": [{\"question\": 0, \"score\": 1}]}")
                .statusCode(403);

        given().get("/councils/" + councilId).then().statusCode(403);
        given().post("/councils/" + councilId + "/rotate").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aManagerAnswersForAMemberAndReadsTheResults() {
        // Not a member yet.
        respond(withMember(other, ANSWERS.formatted(2, "signup", "Too long"))).statusCode(409);
        answer(councilId, otherInvitation, "accept").statusCode(200).body("respondedBy", equalTo("maria"));

        respond(ANSWERS.formatted(2, "signup", "x")).statusCode(400).body("violations[0].field", equalTo("advocateId"));
        respond(withMember(
                        other,
                        "{\"answers\": [{\"question\": 0, \"score\": 9}, {\"question\": 1, \"choice\": \"nope\"},"
                                + " {\"question\": 1, \"choice\": \"tour\"}, {\"question\": 7, \"text\": \"x\"}]}"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("answers[0].score"));
        respond(withMember(
                        other,
                        "{\"answers\": [{\"question\": 0, \"text\": \"high\"}, {\"question\": 1, \"choice\": \"nope\"},"
                                + " {\"question\": 1, \"choice\": \"tour\"}, {\"question\": 7, \"text\": \"x\"}]}"))
                .statusCode(400)
                .body(
                        "violations.field",
                        containsInAnyOrder(
                                "answers[0].score",
                                "answers[1].choice",
                                "answers[2].question",
                                "answers[3].question",
                                "answers"));

        respond(withMember(other, ANSWERS.formatted(2, "signup", "Too long"))).statusCode(201);

        JsonPath results = given().get("/councils/" + councilId + "/feedback-requests/" + feedbackId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(results.getInt("members")).isEqualTo(2);
        assertThat(results.getInt("responses")).isEqualTo(2);
        assertThat(results.getList("respondents", String.class)).containsExactly(SELF, other);
        assertThat(results.getDouble("questions[0].meanScore")).isEqualTo(3.0);
        assertThat(results.getInt("questions[0].scores.'4'")).isEqualTo(1);
        assertThat(results.getInt("questions[0].scores.'2'")).isEqualTo(1);
        assertThat(results.getInt("questions[0].scores.'5'")).isZero();
        assertThat(results.getInt("questions[1].choices.tour")).isEqualTo(1);
        assertThat(results.getInt("questions[1].choices.signup")).isEqualTo(1);
        assertThat(results.getInt("questions[1].choices.invite")).isZero();
        assertThat(results.getList("questions[2].texts", String.class)).containsExactly("Loved the tour", "Too long");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void questionsMustFitTheirKinds() {
        given().contentType("application/json")
                .body("""
                        {"title": "t", "questions": [
                          {"text": "Pick", "kind": "choice", "options": ["only one"]},
                          {"text": "Rate", "kind": "scale", "options": ["a", "b"]},
                          {"text": "", "kind": "poll"}]}
                        """)
                .post("/councils/" + councilId + "/feedback-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("""
                        {"title": "t", "questions": [
                          {"text": "Pick", "kind": "choice", "options": ["same", "same"]},
                          {"text": "Rate", "kind": "scale", "options": ["a", "b"]}]}
                        """)
                .post("/councils/" + councilId + "/feedback-requests")
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("questions[0].options", "questions[1].options"));
        given().contentType("application/json")
                .body("{\"title\": \"t\", \"questions\": []}")
                .post("/councils/" + councilId + "/feedback-requests")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("questions"));
    }

    private static String withMember(String member, String answers) {
        return "{\"advocateId\": \"" + member + "\", " + answers.strip().substring(1);
    }

    private static io.restassured.response.ValidatableResponse respond(String body) {
        return given().contentType("application/json")
                .body(body)
                .post("/councils/" + councilId + "/feedback-requests/" + feedbackId + "/responses")
                .then();
    }
}
