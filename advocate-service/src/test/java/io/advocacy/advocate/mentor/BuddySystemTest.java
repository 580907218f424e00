package io.advocacy.advocate.mentor;

import static io.advocacy.advocate.mentor.Buddies.event;
import static io.advocacy.advocate.mentor.Buddies.mentees;
import static io.advocacy.advocate.mentor.Buddies.mentor;
import static io.advocacy.advocate.mentor.Buddies.mentorId;
import static io.advocacy.advocate.mentor.Buddies.move;
import static io.advocacy.advocate.mentor.Buddies.moveThrough;
import static io.advocacy.advocate.mentor.Buddies.newcomer;
import static io.advocacy.advocate.mentor.Buddies.setLocale;
import static io.advocacy.advocate.mentor.Buddies.veteran;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.advocacy.advocate.People;
import io.advocacy.advocate.mentor.service.MentoringSchedule;
import io.advocacy.platform.testing.EventTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BuddySystemTest {

    @Inject
    MentoringSchedule schedule;

    @Inject
    Pool database;

    private static final String ASSIGNED = "io.advocacy.advocate.mentor-assigned.v1";
    private static final String ENDED = "io.advocacy.advocate.mentoring-ended.v1";

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void anOnboardedNewcomerGetsAVeteranOfTheirLanguageAndTheTopicNamesTheMentor() {
        String veteran = veteran("mt-veteran", "mt", "MT");
        String newcomer = newcomer("mt-newcomer", "mt", "DE");

        JsonPath paired = mentor(newcomer);
        assertThat(paired.getString("status")).isEqualTo("paired");
        assertThat(paired.getString("mentorId")).isEqualTo(veteran);
        assertThat(paired.getBoolean("languageMatch")).isTrue();
        assertThat(paired.getBoolean("regionMatch")).isFalse();
        assertThat(paired.getString("assignedBy")).isEqualTo("matching");
        assertThat(mentees(veteran)).containsExactly(newcomer);

        var records = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> ASSIGNED.equals(EventTopics.header(r, "ce_type")) && newcomer.equals(r.key()),
                        People.PATIENCE);
        var record = records.get(records.size() - 1);
        assertThat(EventTopics.header(record, "ce_subject")).isEqualTo(newcomer);
        JsonPath data = JsonPath.from(record.value());
        assertThat(data.getString("advocateId")).isEqualTo(newcomer);
        assertThat(data.getString("mentorId")).isEqualTo(veteran);
        assertThat(data.getString("language")).isEqualTo("mt");
        assertThat(data.getString("region")).isEqualTo("DE");
        assertThat(data.getBoolean("languageMatch")).isTrue();
        assertThat(data.getBoolean("regionMatch")).isFalse();
        assertThat(data.getString("assignedBy")).isEqualTo("matching");
        // The stage change that caused it comes first on the newcomer's key.
        assertThat(records.stream()
                        .filter(r -> newcomer.equals(r.key()))
                        .map(r -> EventTopics.header(r, "ce_type"))
                        .toList())
                .endsWith("io.advocacy.advocate.stage-changed.v1", ASSIGNED);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void prefersLanguageAndRegionThenLanguageThenRegionAndNeverExceedsTheLimit() {
        String regionOnly = veteran("ga-region", "sq", "IE");
        String languageOnly = veteran("ga-language", "ga", "FO");
        String both = veteran("ga-both", "ga", "IE");

        List<String> first = Stream.of("a", "b", "c")
                .map(n -> newcomer("ga-" + n, "ga", "IE"))
                .toList();
        first.forEach(n -> assertThat(mentorId(n)).isEqualTo(both));
        assertThat(mentees(both)).containsExactlyElementsOf(first);

        // The best mentor mentors three, the limit: the fourth goes to the one who shares the language.
        String fourth = newcomer("ga-d", "ga", "IE");
        assertThat(mentorId(fourth)).isEqualTo(languageOnly);
        assertThat(mentor(fourth).getBoolean("regionMatch")).isFalse();

        // Someone of another language from the same region gets the one who shares the region, not the full one.
        String neighbour = newcomer("ga-neighbour", "lb", "IE");
        assertThat(mentorId(neighbour)).isEqualTo(regionOnly);
        assertThat(mentees(both)).hasSize(3);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void amongEqualMatchesTheLeastLoadedMentorThenTheLowestIdWins() {
        String one = veteran("cy-one", "cy", "AD");
        String two = veteran("cy-two", "cy", "AD");
        String lower = one.compareTo(two) < 0 ? one : two;
        String higher = lower.equals(one) ? two : one;

        String first = newcomer("cy-first", "cy", "AD");
        assertThat(mentorId(first)).isEqualTo(lower);
        String second = newcomer("cy-second", "cy", "AD");
        assertThat(mentorId(second)).isEqualTo(higher);
        String third = newcomer("cy-third", "cy", "AD");
        assertThat(mentorId(third)).isEqualTo(lower);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aNewcomerWaitsUntilAVeteranAppearsAndANewlyActivePersonIsNoVeteran() {
        String newcomer = newcomer("eu-newcomer", "eu", "SM");
        JsonPath waiting = mentor(newcomer);
        assertThat(waiting.getString("status")).isEqualTo("waiting");
        assertThat(waiting.getString("mentorId")).isNull();
        assertThat(OffsetDateTime.parse(waiting.getString("since"))).isBefore(OffsetDateTime.now());

        // Active, same language, but without a positive mention nor 30 days as active: not a veteran.
        String novice = Buddies.discover("eu-novice", 0.0);
        moveThrough(novice, "invited", "onboarded", "active");
        setLocale(novice, "eu", "SM").statusCode(200);
        assertThat(mentor(newcomer).getString("status")).isEqualTo("waiting");

        // A veteran of the region appears: the waiting newcomer gets them at once.
        String veteran = veteran("eu-veteran", "it", "SM");
        JsonPath paired = mentor(newcomer);
        assertThat(paired.getString("status")).isEqualTo("paired");
        assertThat(paired.getString("mentorId")).isEqualTo(veteran);
        assertThat(paired.getBoolean("regionMatch")).isTrue();
        assertThat(event(ASSIGNED, newcomer).getString("mentorId")).isEqualTo(veteran);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aWaitingNewcomerGetsTheMentorWhoseMenteeLeft() {
        String veteran = veteran("is-veteran", "is", "IS");
        List<String> mentees = Stream.of("a", "b", "c")
                .map(n -> newcomer("is-" + n, "is", "IS"))
                .toList();
        String fourth = newcomer("is-d", "is", "IS");
        assertThat(mentor(fourth).getString("status")).isEqualTo("waiting");
        String fifth = newcomer("is-e", "is", "IS");
        assertThat(mentor(fifth).getString("status")).isEqualTo("waiting");

        given().delete("/advocates/" + mentees.get(1) + "/mentor").then().statusCode(204);
        assertThat(mentor(mentees.get(1)).getString("status")).isEqualTo("none");
        JsonPath ended = event(ENDED, mentees.get(1));
        assertThat(ended.getString("reason")).isEqualTo("ended-by-manager");
        assertThat(ended.getString("endedBy")).isEqualTo("maria");
        assertThat(ended.getString("mentorId")).isEqualTo(veteran);

        // The longest waiting goes first; the other still waits.
        assertThat(mentorId(fourth)).isEqualTo(veteran);
        assertThat(mentor(fifth).getString("status")).isEqualTo("waiting");
        assertThat(mentees(veteran)).containsExactlyInAnyOrder(mentees.get(0), mentees.get(2), fourth);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void theScheduleSettlesPairsWithoutBeingAsked() throws Throwable {
        veteran("na-veteran", "na", "NR");
        String newcomer = newcomer("na-newcomer", "na", "NR");
        move(newcomer, "active").statusCode(200);
        assertThat(mentor(newcomer).getString("status")).isEqualTo("paired");

        Thread.sleep(5_500);
        VertxContextSupport.subscribeAndAwait(schedule::recheck);
        assertThat(mentor(newcomer).getString("status")).isEqualTo("none");
        assertThat(event(ENDED, newcomer).getString("reason")).isEqualTo("settled");
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aNewcomerSettlesOnceActiveAndPairedLongEnough() throws InterruptedException {
        String veteran = veteran("et-veteran", "et", "EE");
        String early = newcomer("et-early", "et", "EE");
        String late = newcomer("et-late", "et", "EE");

        // Active at once: not settled yet (the test configuration settles after 5 s).
        move(early, "active").statusCode(200);
        assertThat(mentor(early).getString("status")).isEqualTo("paired");

        Thread.sleep(5_500);
        // Active after 5 s with the mentor: settled with the move.
        move(late, "active").statusCode(200);
        assertThat(mentor(late).getString("status")).isEqualTo("none");
        assertThat(event(ENDED, late).getString("reason")).isEqualTo("settled");
        assertThat(mentor(early).getString("status")).isEqualTo("paired");

        // The one who became active early settles on the next recheck.
        given().post("/mentoring/recheck").then().statusCode(200);
        assertThat(mentor(early).getString("status")).isEqualTo("none");
        JsonPath ended = event(ENDED, early);
        assertThat(ended.getString("reason")).isEqualTo("settled");
        assertThat(ended.getString("endedBy")).isEqualTo("matching");
        assertThat(mentees(veteran)).isEmpty();
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void whenAMentorBecomesAlumniTheirMenteesGoToAnotherVeteranOrWait() {
        String leaving = veteran("lv-leaving", "lv", "LV");
        String mentee = newcomer("lv-mentee", "lv", "LV");
        String other = newcomer("lv-other", "lv", "LV");
        assertThat(mentorId(mentee)).isEqualTo(leaving);
        String staying = veteran("lv-staying", "lv", "LT");
        // The newcomers keep their mentor when another veteran appears.
        assertThat(mentorId(other)).isEqualTo(leaving);

        given().contentType("application/json")
                .body("{\"stage\": \"alumni\", \"reason\": \"moved on\"}")
                .post("/advocates/" + leaving + "/stage")
                .then()
                .statusCode(200);

        assertThat(event(ENDED, mentee).getString("reason")).isEqualTo("mentor-left");
        assertThat(mentorId(mentee)).isEqualTo(staying);
        assertThat(mentorId(other)).isEqualTo(staying);
        assertThat(mentees(leaving)).isEmpty();
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aManagerChoosesAMentorWithinTheLimitAndEndsPairings() {
        String chosen = veteran("lt-chosen", "lt", "LI");
        String elsewhere = veteran("lt-elsewhere", "mk", "MK");
        String newcomer = newcomer("lt-newcomer", "lt", "LI");
        assertThat(mentorId(newcomer)).isEqualTo(chosen);

        given().contentType("application/json")
                .body("{\"mentorId\": \"" + elsewhere + "\"}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(200)
                .body("status", equalTo("paired"))
                .body("mentorId", equalTo(elsewhere))
                .body("languageMatch", equalTo(false))
                .body("assignedBy", equalTo("maria"));
        assertThat(event(ENDED, newcomer).getString("reason")).isEqualTo("reassigned");
        JsonPath reassigned = event(ASSIGNED, newcomer, data -> "maria".equals(data.getString("assignedBy")));
        assertThat(reassigned.getString("mentorId")).isEqualTo(elsewhere);
        assertThat(reassigned.getBoolean("languageMatch")).isFalse();
        assertThat(mentees(chosen)).isEmpty();

        // Fill the chosen mentor's three places by hand; a fourth is refused.
        List<String> three = Stream.of("a", "b", "c")
                .map(n -> newcomer("lt-" + n, "lt", "LI"))
                .toList();
        three.forEach(n -> assertThat(mentorId(n)).isEqualTo(chosen));
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + chosen + "\"}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already mentors 3 of at most 3"));
        assertThat(mentorId(newcomer)).isEqualTo(elsewhere);

        // Choosing the same mentor again changes nothing.
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + elsewhere + "\"}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(200)
                .body("assignedBy", equalTo("maria"));

        given().delete("/advocates/" + newcomer + "/mentor").then().statusCode(204);
        given().delete("/advocates/" + newcomer + "/mentor").then().statusCode(204);
        assertThat(mentor(newcomer).getString("status")).isEqualTo("none");
        assertThat(mentees(elsewhere)).isEmpty();
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aManagersChoiceMustBeAnActivePersonOtherThanTheNewcomer() {
        veteran("sl-veteran", "sl", "SI");
        String newcomer = newcomer("sl-newcomer", "sl", "SI");
        String discovered = Buddies.discover("sl-discovered", 0.6);
        String otherNewcomer = newcomer("sl-other", "sl", "SI");

        given().contentType("application/json")
                .body("{\"mentorId\": \"" + newcomer + "\"}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("mentorId"));
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + discovered + "\"}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(409)
                .body("detail", containsString("at stage discovered"));
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + newcomer + "\"}")
                .put("/advocates/" + discovered + "/mentor")
                .then()
                .statusCode(409)
                .body("detail", containsString("only onboarded or active newcomers"));
        // Active, but a newcomer who has not settled yet: mentors nobody.
        move(otherNewcomer, "active").statusCode(200);
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + otherNewcomer + "\"}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(409)
                .body("detail", containsString("mentor of their own"));
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + UUID.randomUUID() + "\"}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{}")
                .put("/advocates/" + newcomer + "/mentor")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("mentorId"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void concurrentOnboardingsNeverGiveAMentorMoreThanTheLimit() throws Exception {
        String veteran = veteran("fy-veteran", "fy", "GL");
        List<String> newcomers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = Buddies.discover("fy-" + i, 0.6);
            setLocale(id, "fy", "GL").statusCode(200);
            move(id, "invited").statusCode(200);
            newcomers.add(id);
        }

        ExecutorService pool = Executors.newFixedThreadPool(newcomers.size());
        try {
            List<Future<Integer>> moves = new ArrayList<>();
            for (String id : newcomers) {
                moves.add(pool.submit(() -> move(id, "onboarded").extract().statusCode()));
            }
            for (Future<Integer> status : moves) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> statuses =
                newcomers.stream().map(id -> mentor(id).getString("status")).toList();
        assertThat(statuses).filteredOn("paired"::equals).hasSize(3);
        assertThat(statuses).filteredOn("waiting"::equals).hasSize(3);
        assertThat(mentees(veteran)).hasSize(3).allMatch(newcomers::contains);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void someoneActiveLongEnoughBecomesAVeteranAndTheRecheckPairsTheWaitingWithThem() {
        String newcomer = newcomer("gv-newcomer", "gv", "IM");
        String novice = Buddies.discover("gv-novice", 0.0);
        moveThrough(novice, "invited", "onboarded", "active");
        setLocale(novice, "gv", "IM").statusCode(200);
        assertThat(mentor(newcomer).getString("status")).isEqualTo("waiting");

        // Thirty-one days go by for the novice (the test configuration keeps veteran-after at 30 days).
        database.query("update stage_change set changed_at = changed_at - interval '31 days' where advocate_id = '"
                        + novice + "' and to_stage = 'ACTIVE'")
                .execute()
                .await()
                .indefinitely();
        assertThat(mentor(newcomer).getString("status")).isEqualTo("waiting");

        given().post("/mentoring/recheck").then().statusCode(200).body("paired", greaterThanOrEqualTo(1));
        assertThat(mentorId(newcomer)).isEqualTo(novice);
    }
}
