package io.advocacy.recognition.badge;

import static io.advocacy.recognition.Recognition.awaitFacts;
import static io.advocacy.recognition.Recognition.awards;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class BackfillTest {

    private final Recognition recognition = new Recognition();

    @AfterEach
    void retire() {
        recognition.retireAll();
    }

    @Test
    void aNewBadgeIsBackfilledOverStoredHistoryOnceAndARevocationStands() {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        Recognition.interaction(ada, "attended", "2026-10-01T10:00:00Z");
        Recognition.interaction(ada, "attended", "2026-10-08T10:00:00Z");
        Recognition.interaction(bob, "attended", "2026-10-01T10:00:00Z");
        Recognition.interaction(bob, "declined", "2026-10-08T10:00:00Z");
        Recognition.interaction(bob, "attended", "2026-10-15T10:00:00Z");
        awaitFacts(ada, 2);
        awaitFacts(bob, 3);

        String badge = recognition.badge("loyal", "{\"streak\": {\"event\": \"interaction-attended\", \"inARow\": 2}}");
        assertThat(awards(ada, badge)).isEmpty();

        given().post("/badges/" + badge + "/backfill")
                .then()
                .statusCode(200)
                .body("badgeCode", equalTo(badge))
                .body("advocates", greaterThanOrEqualTo(2))
                .body("awarded", greaterThanOrEqualTo(1));
        assertThat(awards(ada, badge)).hasSize(1);
        assertThat(awards(bob, badge)).isEmpty();

        given().post("/badges/" + badge + "/backfill").then().statusCode(200).body("awarded", equalTo(0));
        assertThat(awards(ada, badge)).hasSize(1);

        Map<String, Object> award = awards(ada, badge).get(0);
        given().contentType("application/json")
                .body("{\"reason\": \"awarded by mistake\"}")
                .post("/awards/" + award.get("id") + "/revoke")
                .then()
                .statusCode(200);
        given().post("/badges/" + badge + "/backfill").then().statusCode(200).body("awarded", equalTo(0));
        assertThat(awards(ada, badge)).singleElement().satisfies(a -> assertThat(a.get("revokedAt"))
                .isNotNull());

        // A live fact of a person evaluates their whole history too, and still awards nothing twice.
        Recognition.interaction(bob, "attended", "2026-10-22T10:00:00Z");
        awaitFacts(bob, 4);
        assertThat(awards(bob, badge)).hasSize(1);
    }
}
