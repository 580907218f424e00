package io.advocacy.listening.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin"})
class SourceResourceTest {

    /** An address nothing listens on: these sources are about their settings, not their polling. */
    private static String unreachable() {
        return "http://127.0.0.1:9/" + UUID.randomUUID() + ".xml";
    }

    private static String create(String programme, String url) {
        return given().contentType(ContentType.JSON)
                .body("{\"programme\": \"%s\", \"name\": \"Forum\", \"url\": \"%s\"}".formatted(programme, url))
                .post("/sources")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsASourceWithDefaultsAndShowsItPendingUntilItsFirstPoll() {
        var created = given().contentType(ContentType.JSON)
                .body("{\"programme\": \"crud\", \"name\": \"Lumen forum\", \"url\": \"%s\"}".formatted(unreachable()))
                .post("/sources")
                .then()
                .statusCode(201)
                .body("platform", equalTo("blog"))
                .body("pollIntervalSeconds", equalTo(900))
                .body("active", equalTo(true))
                .body("createdBy", equalTo("admin"))
                .body("health.status", equalTo("pending"))
                .body("health.consecutiveFailures", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/sources/" + id);
        given().delete("/sources/" + id).then().statusCode(204);
    }

    @Test
    void updatesADeactivatesAndListsSources() {
        String programme = "crud-" + UUID.randomUUID().toString().substring(0, 8);
        String id = create(programme, unreachable());

        given().contentType(ContentType.JSON)
                .body("{\"name\": \"Renamed\", \"url\": \"%s\", \"platform\": \"Forum\", \"pollIntervalSeconds\": 120}"
                        .formatted(unreachable()))
                .put("/sources/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("platform", equalTo("forum"))
                .body("pollIntervalSeconds", equalTo(120))
                .body("health.lastEntryPublishedAt", nullValue());

        given().delete("/sources/" + id).then().statusCode(204);
        given().get("/sources/" + id).then().statusCode(200).body("active", equalTo(false));
        given().get("/sources?programme=" + programme)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void refusesTheSameFeedTwiceInOneProgramme() {
        String programme = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        String url = unreachable();
        String id = create(programme, url);
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"%s\", \"name\": \"Again\", \"url\": \"%s\"}".formatted(programme, url))
                .post("/sources")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().delete("/sources/" + id).then().statusCode(204);
    }

    @Test
    void rejectsANonHttpUrlAndAnIntervalOutOfBoundsWithProblemJson() {
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"p\", \"name\": \"n\", \"url\": \"ftp://files.example/feed.xml\"}")
                .post("/sources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("url"));
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"p\", \"name\": \"n\", \"url\": \"http://\", \"pollIntervalSeconds\": 0}")
                .post("/sources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("pollIntervalSeconds"));
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"p\", \"name\": \"n\", \"url\": \"https://x.example/f\","
                        + " \"pollIntervalSeconds\": 864000}")
                .post("/sources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("pollIntervalSeconds"))
                .body("violations[0].message", equalTo("must be between 1 and 86400"));
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void refusesSourceCreationToAnIntegratorButLetsItRead() {
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"p\", \"name\": \"n\", \"url\": \"https://x.example/feed\"}")
                .post("/sources")
                .then()
                .statusCode(403);
        given().get("/sources").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void answersAnUnknownSourceWithProblemJson() {
        given().get("/sources/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
