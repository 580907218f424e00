package io.advocacy.listening.override;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin", "integrator"})
class ProgrammeOverridesTest {

    private static String mention(String brand) {
        return """
                {"platform": "blog", "externalId": "%s",
                 "author": {"handle": "gamer", "displayName": "G", "followers": 50},
                 "url": "https://blog.example/%s", "text": "Bought %s War Zone for my kids this weekend",
                 "publishedAt": "2026-11-20T10:15:30Z"}
                """.formatted("o-" + UUID.randomUUID(), UUID.randomUUID(), brand);
    }

    @Test
    void neutralisesAProductNameForTheProgrammeFromNowOn() {
        String brand = "ember" + UUID.randomUUID().toString().substring(0, 5);
        String programme = "games-" + brand;
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"" + programme + "\", \"name\": \"brand\", \"expression\": \"" + brand + "\"}")
                .post("/queries")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(mention(brand))
                .post("/mentions")
                .then()
                .statusCode(201)
                .body("sentiment", lessThan(0f));

        given().contentType(ContentType.JSON)
                .body("{\"phrase\": \"War Zone\", \"valence\": 0}")
                .put("/programmes/" + programme + "/sentiment-overrides")
                .then()
                .statusCode(200)
                .body("phrase", equalTo("war zone"));
        given().contentType(ContentType.JSON)
                .body(mention(brand).replace("this weekend", "last weekend"))
                .post("/mentions")
                .then()
                .statusCode(201)
                .body("sentiment", equalTo(0.0f));
        given().get("/programmes/" + programme + "/sentiment-overrides").then().body("[0].valence", equalTo(0.0f));
    }

    @Test
    void refusesAValenceOutsideTheLexiconsScale() {
        given().contentType(ContentType.JSON)
                .body("{\"phrase\": \"killer feature\", \"valence\": 9}")
                .put("/programmes/p/sentiment-overrides")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("valence"));
    }

    @Test
    @TestSecurity(user = "m", roles = "advocate-manager")
    void onlyAProgramAdminSetsOverrides() {
        given().contentType(ContentType.JSON)
                .body("{\"phrase\": \"x\", \"valence\": 0}")
                .put("/programmes/p/sentiment-overrides")
                .then()
                .statusCode(403);
    }
}
