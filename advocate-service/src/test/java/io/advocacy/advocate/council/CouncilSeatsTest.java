package io.advocacy.advocate.council;

import static io.advocacy.advocate.council.Councils.answer;
import static io.advocacy.advocate.council.Councils.council;
import static io.advocacy.advocate.council.Councils.create;
import static io.advocacy.advocate.council.Councils.invite;
import static io.advocacy.advocate.council.Councils.invited;
import static io.advocacy.advocate.council.Councils.someone;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.advocacy.advocate.council.service.CouncilRotation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CouncilSeatsTest {

    @Inject
    CouncilRotation rotation;

    private static final String JOINED = "io.advocacy.advocate.council-joined.v1";
    private static final String TERM_ENDED = "io.advocacy.advocate.council-term-ended.v1";

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void offersSeatsUntilFullThenWaitlistsAndRefusesAnAcceptanceBeyondTheSeats() {
        String id = create("product", 2, "P1Y");
        String a = someone("council-a");
        String b = someone("council-b");
        String c = someone("council-c");

        invite(id, a).statusCode(201).body("status", equalTo("offered")).body("position", nullValue());
        String ib = invited(id, b);
        String ic = invite(id, c)
                .statusCode(201)
                .body("status", equalTo("waitlisted"))
                .body("position", equalTo(1))
                .extract()
                .path("id");
        JsonPath before = council(id);
        assertThat(before.getInt("seatsOffered")).isEqualTo(2);
        assertThat(before.getInt("seatsFree")).isZero();

        String ia = given().get("/councils/" + id + "/invitations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.advocateId == '" + a + "' }.id");
        answer(id, ia, "accept")
                .statusCode(200)
                .body("status", equalTo("accepted"))
                .body("respondedBy", equalTo("maria"));
        answer(id, ib, "accept").statusCode(200);

        answer(id, ic, "accept")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("has all its 2 seats taken or offered"))
                .body("detail", containsString("waiting list at position 1"));
        answer(id, ia, "accept").statusCode(409).body("detail", containsString("was accepted already"));

        JsonPath full = council(id);
        assertThat(full.getInt("seatsTaken")).isEqualTo(2);
        assertThat(full.getInt("seatsFree")).isZero();
        assertThat(full.getInt("waitlisted")).isEqualTo(1);
        assertThat(full.getList("members.advocateId", String.class)).containsExactly(a, b);
        OffsetDateTime started = OffsetDateTime.parse(full.getString("members[0].startedAt"));
        assertThat(OffsetDateTime.parse(full.getString("members[0].termEndsAt")))
                .isEqualTo(started.plusYears(1));

        invite(id, a).statusCode(409).body("detail", containsString("already a member"));
        invite(id, c).statusCode(409).body("detail", containsString("already invited"));

        JsonPath joined = Councils.event(JOINED, b, data -> id.equals(data.getString("councilId")));
        assertThat(joined.getString("councilName")).isEqualTo("product");
        assertThat(joined.getString("acceptedBy")).isEqualTo("maria");
        assertThat(joined.getString("termEndsAt")).isNotBlank();
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aDeclinedOfferGoesToTheNextOnTheWaitingList() {
        String id = create("roadmap", 1, "P6M");
        String first = invited(id, someone("decliner"));
        String second = invited(id, someone("second"));
        String third = invited(id, someone("third"));

        answer(id, first, "decline").statusCode(200).body("status", equalTo("declined"));
        List<String> statuses = given().get("/councils/" + id + "/invitations")
                .then()
                .extract()
                .jsonPath()
                .getList("status", String.class);
        assertThat(statuses).containsExactly("declined", "offered", "waitlisted");
        given().get("/councils/" + id + "/invitations").then().body("[2].position", equalTo(1));

        // A waitlisted invitee may decline; it frees nothing.
        answer(id, third, "decline").statusCode(200);
        answer(id, second, "accept").statusCode(200);
        assertThat(council(id).getInt("seatsTaken")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void rotationMakesExpiredMembersAlumniEmptiesTheirChairAndOffersTheFreedSeats() throws InterruptedException {
        String id = create("rotating", 2, "PT3S");
        String a = someone("rot-a");
        String b = someone("rot-b");
        String c = someone("rot-c");
        answer(id, invited(id, a), "accept").statusCode(200);
        answer(id, invited(id, b), "accept").statusCode(200);
        String ic = invited(id, c);
        given().contentType("application/json")
                .body("{\"advocateId\": \"" + a + "\"}")
                .put("/councils/" + id + "/chair")
                .then()
                .statusCode(200)
                .body("chairId", equalTo(a));

        // Before the terms end, a rotation changes nothing.
        given().post("/councils/" + id + "/rotate")
                .then()
                .statusCode(200)
                .body("ended.size()", equalTo(0))
                .body("offered.size()", equalTo(0));

        Thread.sleep(3_500);
        given().post("/councils/" + id + "/rotate")
                .then()
                .statusCode(200)
                .body("ended", containsInAnyOrder(a, b))
                .body("offered", containsInAnyOrder(ic));

        JsonPath after = council(id);
        assertThat(after.getList("members")).isEmpty();
        assertThat(after.getList("alumni.advocateId", String.class)).containsExactlyInAnyOrder(a, b);
        assertThat(after.getString("alumni[0].endReason")).isEqualTo("term-ended");
        assertThat(after.getString("chairId")).isNull();
        assertThat(after.getInt("seatsOffered")).isEqualTo(1);
        assertThat(after.getInt("seatsFree")).isEqualTo(1);

        JsonPath ended = Councils.event(TERM_ENDED, a, data -> id.equals(data.getString("councilId")));
        assertThat(ended.getBoolean("wasChair")).isTrue();
        assertThat(ended.getString("reason")).isEqualTo("term-ended");
        assertThat(Councils.event(TERM_ENDED, b, data -> id.equals(data.getString("councilId")))
                        .getBoolean("wasChair"))
                .isFalse();

        answer(id, ic, "accept").statusCode(200);
        // An alumnus may be invited again for a new term.
        invite(id, a).statusCode(201).body("status", equalTo("offered"));
        given().post("/councils/" + id + "/rotate").then().statusCode(200).body("ended.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void theScheduleRotatesACouncilWhoseTermsEndedWithoutBeingAsked() throws Throwable {
        String id = create("scheduled", 1, "PT2S");
        String member = someone("sched-a");
        String next = someone("sched-b");
        answer(id, invited(id, member), "accept").statusCode(200);
        String waiting = invited(id, next);

        Thread.sleep(2_500);
        VertxContextSupport.subscribeAndAwait(rotation::rotateDue);

        JsonPath after = council(id);
        assertThat(after.getList("members")).isEmpty();
        assertThat(after.getList("alumni.advocateId", String.class)).containsExactly(member);
        assertThat(after.getInt("seatsOffered")).isEqualTo(1);
        assertThat(given().get("/councils/" + id + "/invitations")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("find { it.id == '" + waiting + "' }.status"))
                .isEqualTo("offered");
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void onlyAMemberCanChair() {
        String id = create("chairless", 3, "P1Y");
        String outsider = someone("outsider");
        String invitee = someone("invitee");
        invited(id, invitee);
        for (String who : List.of(outsider, invitee)) {
            given().contentType("application/json")
                    .body("{\"advocateId\": \"" + who + "\"}")
                    .put("/councils/" + id + "/chair")
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("only a member can chair"));
        }
        assertThat(council(id).getString("chairId")).isNull();
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void refusesACouncilWithoutNameSeatsOrAReadableTermNamingEachField() {
        given().contentType("application/json")
                .body("{\"name\": \" \", \"purpose\": \"p\", \"seats\": 0, \"term\": \"one year\"}")
                .post("/councils")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("name", "seats", "term"));
        for (String term : List.of("P0D", "P11Y", "PT-5S", "1Y")) {
            given().contentType("application/json")
                    .body("{\"name\": \"n\", \"purpose\": \"p\", \"seats\": 1, \"term\": \"" + term + "\"}")
                    .post("/councils")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("term"));
        }
        given().get("/councils/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        invite(UUID.randomUUID().toString(), UUID.randomUUID().toString()).statusCode(404);
        String id = create("unknowns", 1, "P2W");
        invite(id, UUID.randomUUID().toString()).statusCode(404).body("detail", containsString("Advocate"));
        answer(id, UUID.randomUUID().toString(), "accept").statusCode(404);
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void anIntegratorReadsCouncilsButChangesNone() {
        given().get("/councils").then().statusCode(200);
        given().contentType("application/json")
                .body("{\"name\": \"n\", \"purpose\": \"p\", \"seats\": 1, \"term\": \"P1Y\"}")
                .post("/councils")
                .then()
                .statusCode(403);
        given().post("/councils/" + UUID.randomUUID() + "/rotate").then().statusCode(403);
    }

    @Test
    void refusesEveryRequestWithoutAToken() {
        given().get("/councils").then().statusCode(401);
        given().post("/councils/" + UUID.randomUUID() + "/rotate").then().statusCode(401);
        given().post("/councils/" + UUID.randomUUID() + "/invitations/" + UUID.randomUUID() + "/accept")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void concurrentInvitationsAndAcceptancesNeverExceedTheSeats() throws Exception {
        String id = create("crowded", 2, "P1Y");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(someone("crowd-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<String>> invitations = new ArrayList<>();
            for (String person : people) {
                invitations.add(pool.submit(
                        () -> invite(id, person).statusCode(201).extract().<String>path("id")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> invitation : invitations) {
                ids.add(invitation.get(60, TimeUnit.SECONDS));
            }
            JsonPath invited = council(id);
            assertThat(invited.getInt("seatsOffered")).isEqualTo(2);
            assertThat(invited.getInt("waitlisted")).isEqualTo(3);

            List<Future<Integer>> acceptances = new ArrayList<>();
            for (String invitation : ids) {
                acceptances.add(pool.submit(
                        () -> answer(id, invitation, "accept").extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : acceptances) {
                statuses.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(2);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        JsonPath full = council(id);
        assertThat(full.getInt("seatsTaken")).isEqualTo(2);
        assertThat(full.getInt("seatsFree")).isZero();
    }
}
