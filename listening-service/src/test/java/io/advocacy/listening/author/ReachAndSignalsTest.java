package io.advocacy.listening.author;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.advocacy.listening.Queries;
import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "bot",
        roles = {"integrator", "program-admin"})
class ReachAndSignalsTest {

    private static final String DETRACTOR_SIGNAL = "io.advocacy.mention.detractor-signal.v1";

    private final EventTopics topics =
            new EventTopics(RealInfrastructure.kafka().bootstrapServers());

    private static String mention(String handle, long followers, String text) {
        return """
                {"platform": "twitter", "externalId": "%s",
                 "author": {"handle": "%s", "displayName": "Voice", "followers": %d},
                 "url": "https://twitter.example/%s", "text": "%s", "publishedAt": "2026-11-20T10:15:30Z",
                 "engagement": {"likes": 20000, "shares": 3000, "replies": 800}}
                """.formatted("r-" + UUID.randomUUID(), handle, followers, UUID.randomUUID(), text);
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/mentions")
                .then();
    }

    @Test
    void linksANearDuplicateToTheFirstCopyAndPublishesOnlyTheOriginal() {
        Queries.ensureBrandQuery();
        String text = "Lumen " + UUID.randomUUID().toString().substring(0, 8)
                + " shipped offline sync and it is the best update they made all year";
        String original =
                post(mention("syndicator", 300, text)).statusCode(201).extract().path("id");
        String copy = post(mention("aggregator", 300, "RT @syndicator: " + text + " https://t.example/abc"))
                .statusCode(200)
                .body("duplicateOf", equalTo(original))
                .extract()
                .path("id");
        String later = post(mention("syndicator", 300, "Lumen ok"))
                .statusCode(201)
                .extract()
                .path("id");

        var records = topics.readUntil("advocacy.mentions", r -> r.value().contains(later), Duration.ofSeconds(30));
        assertThat(records).anyMatch(r -> r.value().contains(original));
        assertThat(records).noneMatch(r -> r.value().contains(copy));
    }

    @Test
    void raisesADetractorSignalForANegativeMentionFromAnAuthorWithReach() {
        Queries.ensureBrandQuery();
        String loud = "loud-" + UUID.randomUUID().toString().substring(0, 8);
        String quiet = "quiet-" + UUID.randomUUID().toString().substring(0, 8);
        String signalled = post(mention(loud, 5_000_000, "Lumen is terrible, the worst app ever. Awful, I hate it."))
                .statusCode(201)
                .body("authorReach", greaterThanOrEqualTo(60))
                .extract()
                .path("id");
        String ignored = post(mention(quiet, 12, "Lumen broke my phone, awful and useless, I hate this garbage."))
                .statusCode(201)
                .extract()
                .path("id");
        String later =
                post(mention(quiet, 12, "Lumen ok")).statusCode(201).extract().path("id");

        // One author's events share a partition, so once the later mention is read, a signal would have been too.
        var quietRecords =
                topics.readUntil("advocacy.mentions", r -> r.value().contains(later), Duration.ofSeconds(30));
        assertThat(quietRecords)
                .filteredOn(r -> DETRACTOR_SIGNAL.equals(EventTopics.header(r, "ce_type")))
                .noneMatch(r -> r.value().contains(ignored));
        var signal = topics.readUntil(
                "advocacy.mentions",
                r -> DETRACTOR_SIGNAL.equals(EventTopics.header(r, "ce_type"))
                        && r.value().contains(signalled),
                Duration.ofSeconds(30));
        assertThat(signal.get(signal.size() - 1).key()).isEqualTo("twitter:" + loud);

        given().queryParam("platform", "twitter")
                .get("/authors")
                .then()
                .statusCode(200)
                .body("items[0].reach", greaterThanOrEqualTo(60));
    }
}
