package io.advocacy.advocate.kpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.advocate.council.Councils;
import io.advocacy.advocate.mentor.Buddies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The mentor and council coverage measure, read before and after a change (other tests share the database). */
@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class CoverageTest {

    private static JsonPath coverage() {
        return given().get("/kpis/coverage").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void countsNewcomersPairedAndWaitingAndTheCouncilSeatsTaken() {
        JsonPath before = coverage();

        // A newcomer of a language nobody else speaks waits; a veteran of it arrives and they are paired.
        Buddies.newcomer("cov-newcomer", "kl", "AQ");
        JsonPath waiting = coverage();
        assertThat(waiting.getLong("mentoring.waiting") - before.getLong("mentoring.waiting"))
                .isEqualTo(1);
        Buddies.veteran("cov-veteran", "kl", "AQ");
        JsonPath paired = coverage();
        assertThat(paired.getLong("mentoring.paired") - before.getLong("mentoring.paired"))
                .isEqualTo(1);
        assertThat(paired.getLong("mentoring.waiting")).isEqualTo(before.getLong("mentoring.waiting"));
        assertThat(paired.getLong("mentoring.mentors") - before.getLong("mentoring.mentors"))
                .isEqualTo(1);
        assertThat(paired.getDouble("mentoring.coverage"))
                .isEqualTo(Math.round(paired.getLong("mentoring.paired")
                                * 10_000.0
                                / (paired.getLong("mentoring.paired") + paired.getLong("mentoring.waiting")))
                        / 10_000.0);

        String council = Councils.create("coverage", 3, "P1Y");
        String member = Councils.someone("cov-member");
        Councils.answer(council, Councils.invited(council, member), "accept").statusCode(200);
        JsonPath after = coverage();
        assertThat(after.getLong("councils.councils") - before.getLong("councils.councils"))
                .isEqualTo(1);
        assertThat(after.getLong("councils.seats") - before.getLong("councils.seats"))
                .isEqualTo(3);
        assertThat(after.getLong("councils.seatsTaken") - before.getLong("councils.seatsTaken"))
                .isEqualTo(1);
        assertThat(after.getLong("councils.activeAdvocates"))
                .isGreaterThanOrEqualTo(after.getLong("councils.activeOnACouncil"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void isForTheProgrammeNotForAdvocates() {
        given().get("/kpis/coverage").then().statusCode(403);
    }
}
