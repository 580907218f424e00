package io.advocacy.recognition.badge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadgeResourceTest {

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void listsTheFirstVoiceBadge() {
        given().get("/badges")
                .then()
                .statusCode(200)
                .body("code", hasItem("first-voice"))
                .body("find { it.code == 'first-voice' }.name", equalTo("First Voice"))
                .body(
                        "find { it.code == 'first-voice' }.description",
                        equalTo("Spoke up for the brand for the first time"))
                .body("find { it.code == 'first-voice' }.criteriaNarrative", equalTo("first positive mention"))
                .body("find { it.code == 'first-voice' }.criteria.count.event", equalTo("positive-mention"))
                .body("find { it.code == 'first-voice' }.criteria.count.atLeast", equalTo(1))
                .body("find { it.code == 'first-voice' }.repeatable", equalTo(false));
    }
}
