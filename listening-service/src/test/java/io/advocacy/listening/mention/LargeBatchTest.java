package io.advocacy.listening.mention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.listening.Queries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "bot",
        roles = {"integrator", "program-admin"})
class LargeBatchTest {

    @Test
    void acceptsAThousandMentionsInOneRequest() {
        Queries.ensureBrandQuery();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String mentions = IntStream.range(0, 1000)
                .mapToObj(i -> """
                        {"platform": "forum", "externalId": "big-%s-%d",
                         "author": {"handle": "member%d", "displayName": "M", "followers": %d},
                         "url": "https://forum.example/%s/%d", "text": "Lumen note %s number %d from member %d",
                         "publishedAt": "2026-11-20T10:15:30Z"}
                        """.formatted(run, i, i % 97, i, run, i, run, i, i % 97))
                .collect(Collectors.joining(","));
        given().contentType(ContentType.JSON)
                .body("{\"mentions\": [" + mentions + "]}")
                .post("/mentions/batch")
                .then()
                .statusCode(200)
                .body("results.size()", equalTo(1000))
                .body("rejected", equalTo(0))
                .body("unmatched", equalTo(0));
    }

    @Test
    void refusesMoreThanAThousandNamingTheField() {
        String one = """
                {"platform": "forum", "externalId": "x", "author": {"handle": "m", "followers": 1},
                 "url": "https://forum.example/x", "text": "Lumen", "publishedAt": "2026-11-20T10:15:30Z"}
                """;
        String mentions = IntStream.range(0, 1001).mapToObj(i -> one).collect(Collectors.joining(","));
        given().contentType(ContentType.JSON)
                .body("{\"mentions\": [" + mentions + "]}")
                .post("/mentions/batch")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("mentions"));
    }
}
