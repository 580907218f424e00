package io.advocacy.advocate.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.advocacy.advocate.People;
import io.advocacy.platform.testing.EventTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class IdentityMergeTest {

    private static final String MERGED = "io.advocacy.advocate.merged.v1";
    private static final String UNMERGED = "io.advocacy.advocate.unmerged.v1";

    @Test
    void aDeclaredHandleAnotherProfileHoldsMergesThatProfileAndItsLaterMentionsCountOnTheSurvivor() {
        Someone ada = Someone.discover("twitter", "ada", "Ada Lovelace", 0.6);
        Someone toot = Someone.discover("mastodon", "ada", "Ada L.", 0.4);

        JsonPath linked = link(ada.id(), "{\"platform\": \"Mastodon\", \"handle\": \"@" + toot.handle() + "\"}")
                .statusCode(201)
                .body("advocateId", equalTo(ada.id()))
                .body("identity.authorKey", equalTo(toot.authorKey()))
                .body("merge.survivorId", equalTo(ada.id()))
                .body("merge.absorbedId", equalTo(toot.id()))
                .body("merge.trigger", equalTo("link"))
                .body("merge.mergedBy", equalTo("maria"))
                .body("merge.movedIdentities", hasItem(toot.authorKey()))
                .extract()
                .jsonPath();

        given().get("/advocates/" + ada.id())
                .then()
                .statusCode(200)
                .body("mentionCount", equalTo(2))
                .body("positiveMentions", equalTo(2))
                .body("mergedInto", nullValue());
        given().get("/advocates/" + toot.id()).then().statusCode(200).body("mergedInto", equalTo(ada.id()));
        given().get("/advocates/" + ada.id() + "/identities")
                .then()
                .statusCode(200)
                .body("authorKey", hasItems(ada.authorKey(), toot.authorKey()))
                .body("find { it.authorKey == '" + toot.authorKey() + "' }.origin", equalTo("discovered"));
        // The absorbed handle finds the survivor, and the absorbed profile leaves the lists.
        given().queryParam("authorKey", toot.authorKey())
                .get("/advocates")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(ada.id()));

        ConsumerRecord<String, String> merged = awaitEvent(MERGED, ada.id());
        JsonPath data = JsonPath.from(merged.value());
        assertThat(data.getString("mergeId")).isEqualTo(linked.getString("merge.id"));
        assertThat(data.getString("absorbedId")).isEqualTo(toot.id());
        assertThat(data.getList("identities", String.class)).contains(ada.authorKey(), toot.authorKey());
        assertThat(data.getString("mergedBy")).isEqualTo("maria");
        assertThat(data.getString("reason")).contains(toot.authorKey());
        assertThat(EventTopics.header(merged, "ce_subject")).isEqualTo(ada.id());

        // A mention from the second, linked identity counts on the merged profile.
        toot.says(-0.8, "Ada L.");
        Someone.awaitMentions(ada.id(), 3);
        given().get("/advocates/" + ada.id()).then().body("negativeMentions", equalTo(1));
        given().get("/advocates/" + toot.id()).then().body("mentionCount", equalTo(1));
    }

    @Test
    void aVerifiedEmailAnotherProfileHoldsMergesThemAndTheUpdateCarriesTheEmail() {
        Someone one = Someone.discover("twitter", "grace", "Grace Hopper", 0.5);
        Someone two = Someone.discover("bluesky", "grace", "Grace H", 0.5);
        String email = "grace-" + UUID.randomUUID() + "@example.com";

        link(two.id(), "{\"email\": \"" + email.toUpperCase() + "\", \"verified\": true}")
                .statusCode(201)
                .body("identity.kind", equalTo("email"))
                .body("merge", nullValue());
        given().get("/advocates/" + two.id())
                .then()
                .body("email", equalTo(email))
                .body("emailVerified", equalTo(true));
        var updated = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> "io.advocacy.advocate.updated.v1".equals(EventTopics.header(r, "ce_type"))
                                && two.id().equals(r.key())
                                && r.value().contains(email),
                        People.PATIENCE);
        assertThat(JsonPath.from(updated.get(updated.size() - 1).value()).getString("email"))
                .isEqualTo(email);

        link(one.id(), "{\"email\": \"" + email + "\", \"verified\": true}")
                .statusCode(201)
                .body("merge.absorbedId", equalTo(two.id()));
        given().get("/advocates/" + one.id())
                .then()
                .body("email", equalTo(email))
                .body("emailVerified", equalTo(true))
                .body("mentionCount", equalTo(2));
        // Linking what the profile holds already changes nothing.
        link(one.id(), "{\"email\": \"" + email + "\", \"verified\": true}")
                .statusCode(200)
                .body("merge", nullValue());
    }

    @Test
    void profilesMarkedDistinctAreNeverMerged() {
        Someone a = Someone.discover("twitter", "sam", "Sam Smith", 0.3);
        Someone b = Someone.discover("mastodon", "sam", "Sam Smith", 0.3);

        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + b.id() + "\", \"reason\": \"two different Sams, checked by phone\"}")
                .post("/advocates/" + a.id() + "/distinct")
                .then()
                .statusCode(201)
                .body("markedBy", equalTo("maria"));
        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + a.id() + "\", \"reason\": \"again\"}")
                .post("/advocates/" + b.id() + "/distinct")
                .then()
                .statusCode(200);

        merge(a.id(), b.id(), "same name")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("marked as different people"))
                .body("detail", containsString("two different Sams"))
                .body("violations[0].field", equalTo("otherId"));
        link(a.id(), "{\"platform\": \"mastodon\", \"handle\": \"" + b.handle() + "\"}")
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/advocates/" + b.id()).then().body("mergedInto", nullValue());
        given().get("/advocates/" + a.id() + "/identities").then().body("size()", equalTo(1));

        // Nor is anyone merged into one of them merged with the other.
        Someone c = Someone.discover("bluesky", "sam", "Sam S", 0.3);
        merge(c.id(), a.id(), "same person").statusCode(201);
        merge(c.id(), b.id(), "all the same?").statusCode(409);
    }

    @Test
    void anUnmergeRestoresBothProfilesWithTheirOwnMentionsIncludingThoseThatArrivedWhileMerged() {
        Someone keep = Someone.discover("twitter", "lin", "Lin Chen", 0.7);
        Someone gone = Someone.discover("mastodon", "lin", "Lin C", -0.6);
        gone.says(-0.6, "Lin C");
        Someone.awaitMentions(gone.id(), 2);
        given().contentType(ContentType.JSON)
                .body("{\"purpose\": \"newsletter\", \"channel\": \"email\", \"granted\": true}")
                .put("/advocates/" + gone.id() + "/consents")
                .then()
                .statusCode(200);
        String keepCategory =
                given().get("/advocates/" + keep.id()).then().extract().path("category");

        String mergeId = merge(keep.id(), gone.id(), "same person, said so on a call")
                .statusCode(201)
                .body("movedIdentities", hasItem(gone.authorKey()))
                .extract()
                .path("id");
        given().get("/advocates/" + keep.id())
                .then()
                .body("mentionCount", equalTo(3))
                .body("negativeMentions", equalTo(2));
        given().get("/advocates/" + keep.id() + "/consents").then().body("purpose", hasItem("newsletter"));

        gone.says(-0.5, "Lin C");
        Someone.awaitMentions(keep.id(), 4);
        // A badge awarded to the merged-away id while merged shows on the survivor.
        String awardId = UUID.randomUUID().toString();
        People.topics()
                .sendCloudEvent(
                        "advocacy.recognitions",
                        gone.id(),
                        "io.advocacy.badge.awarded.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"awardId": "%s", "advocateId": "%s", "badgeCode": "first-voice", "badgeName": "First Voice",
                         "awardedAt": "2026-11-20T10:16:00Z", "reason": "x"}""".formatted(awardId, gone.id()));
        org.awaitility.Awaitility.await()
                .atMost(People.PATIENCE)
                .untilAsserted(
                        () -> given().get("/advocates/" + keep.id()).then().body("badges.awardId", hasItem(awardId)));

        given().contentType(ContentType.JSON)
                .body("{\"mergeId\": \"" + mergeId + "\", \"reason\": \"two people after all\"}")
                .post("/advocates/" + keep.id() + "/unmerge")
                .then()
                .statusCode(200)
                .body("unmergedBy", equalTo("maria"))
                .body("unmergeReason", equalTo("two people after all"));

        given().get("/advocates/" + keep.id())
                .then()
                .body("mentionCount", equalTo(1))
                .body("negativeMentions", equalTo(0))
                .body("category", equalTo(keepCategory));
        given().get("/advocates/" + gone.id())
                .then()
                .body("mergedInto", nullValue())
                .body("mentionCount", equalTo(3))
                .body("negativeMentions", equalTo(3))
                .body("category", not(equalTo("neutral")));
        given().get("/advocates/" + gone.id() + "/identities")
                .then()
                .body("authorKey", hasItem(gone.authorKey()))
                .body("[0].mentionCount", equalTo(3));
        given().get("/advocates/" + keep.id() + "/consents").then().body("size()", equalTo(0));
        given().get("/advocates/" + keep.id()).then().body("badges.awardId", not(hasItem(awardId)));
        given().get("/advocates/" + gone.id()).then().body("badges.awardId", hasItem(awardId));
        given().get("/advocates/" + gone.id() + "/consents").then().body("purpose", hasItem("newsletter"));
        given().get("/advocates/" + gone.id() + "/merges")
                .then()
                .body("size()", equalTo(1))
                .body("[0].reason", equalTo("same person, said so on a call"))
                .body("[0].unmergedAt", notNullValue());

        ConsumerRecord<String, String> unmerged = awaitEvent(UNMERGED, keep.id());
        JsonPath data = JsonPath.from(unmerged.value());
        assertThat(data.getString("restoredId")).isEqualTo(gone.id());
        assertThat(data.getList("restoredIdentities", String.class)).containsExactly(gone.authorKey());

        // Their mentions go to each again, and the undone merge cannot be undone twice.
        gone.says(-0.5, "Lin C");
        Someone.awaitMentions(gone.id(), 4);
        given().get("/advocates/" + keep.id()).then().body("mentionCount", equalTo(1));
        given().contentType(ContentType.JSON)
                .body("{\"mergeId\": \"" + mergeId + "\", \"reason\": \"again\"}")
                .post("/advocates/" + keep.id() + "/unmerge")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aMergeOnAStaleEtagIsRefusedAndAMergedAwayProfileTakesNoFurtherMerge() {
        Someone a = Someone.discover("twitter", "etag", "E T", 0.2);
        Someone b = Someone.discover("mastodon", "etag", "E T", 0.2);
        Someone c = Someone.discover("bluesky", "etag", "E T", 0.2);
        String etag = given().get("/advocates/" + a.id()).then().extract().header("ETag");

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"999999\"")
                .body("{\"otherId\": \"" + b.id() + "\", \"reason\": \"stale\"}")
                .post("/advocates/" + a.id() + "/merge")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString(etag));
        String newEtag = given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"otherId\": \"" + b.id() + "\", \"reason\": \"fresh\"}")
                .post("/advocates/" + a.id() + "/merge")
                .then()
                .statusCode(201)
                .header("ETag", not(equalTo(etag)))
                .extract()
                .header("ETag");
        given().get("/advocates/" + a.id()).then().header("ETag", equalTo(newEtag));

        // Changes to the merged-away profile belong on the survivor.
        given().contentType(ContentType.JSON)
                .body("{\"stage\": \"invited\", \"reason\": \"on the old profile\"}")
                .post("/advocates/" + b.id() + "/stage")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("merged into " + a.id()));
        given().contentType(ContentType.JSON)
                .body("{\"purpose\": \"contact\", \"channel\": \"email\", \"granted\": false}")
                .put("/advocates/" + b.id() + "/consents")
                .then()
                .statusCode(409)
                .body("detail", containsString("on " + a.id() + " instead"));

        merge(c.id(), b.id(), "b is gone")
                .statusCode(409)
                .body("detail", containsString("already merged into " + a.id()));
        merge(b.id(), c.id(), "into a merged-away one")
                .statusCode(409)
                .body("detail", containsString("merged into " + a.id()));
    }

    @Test
    void badRequestsAreProblemsNamingEachField() {
        Someone a = Someone.discover("twitter", "bad", "B", 0.2);
        merge(a.id(), a.id(), "myself")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("otherId"));
        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + UUID.randomUUID() + "\"}")
                .post("/advocates/" + a.id() + "/merge")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        merge(a.id(), UUID.randomUUID().toString(), "nobody").statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"which?\"}")
                .post("/advocates/" + a.id() + "/unmerge")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("mergeId", "otherId"));
        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + UUID.randomUUID() + "\", \"reason\": \"never merged\"}")
                .post("/advocates/" + a.id() + "/unmerge")
                .then()
                .statusCode(404);
        link(a.id(), "{}").statusCode(400).body("violations.field", hasItems("platform", "handle", "email"));
        link(a.id(), "{\"platform\": \"mastodon\"}").statusCode(400).body("violations.field", hasItem("handle"));
        link(a.id(), "{\"email\": \"not-an-email\", \"verified\": true}")
                .statusCode(400)
                .body("violations.field", hasItem("email"));
        link(a.id(), "{\"email\": \"x@example.com\"}").statusCode(400).body("violations.field", hasItem("verified"));
        link(a.id(), "{\"email\": \"x@example.com\", \"verified\": true, \"platform\": \"x\", \"handle\": \"y\"}")
                .statusCode(400)
                .body("violations.field", hasItem("email"));
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void anIntegratorReadsIdentitiesButLinksAndMergesNothing() {
        String id = UUID.randomUUID().toString();
        link(id, "{\"platform\": \"mastodon\", \"handle\": \"x\"}").statusCode(403);
        merge(id, UUID.randomUUID().toString(), "no").statusCode(403);
        given().get("/advocates/" + id + "/identities").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void erasingAMergedPersonErasesEveryProfileTheyHad() {
        Someone a = Someone.discover("twitter", "erase", "Era Se", 0.2);
        Someone b = Someone.discover("mastodon", "erase", "Era Se", 0.2);
        merge(a.id(), b.id(), "same").statusCode(201);

        given().delete("/advocates/" + b.id()).then().statusCode(204);
        given().get("/advocates/" + a.id()).then().statusCode(404);
        given().get("/advocates/" + b.id()).then().statusCode(404);
        awaitEvent("io.advocacy.advocate.erased.v1", a.id());
        awaitEvent("io.advocacy.advocate.erased.v1", b.id());
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void anonymisingAPersonDropsTheHandlesAndEmailsOfTheirIdentities() {
        Someone a = Someone.discover("twitter", "anon", "Ann On", 0.2);
        String email = "ann-" + UUID.randomUUID() + "@example.com";
        link(a.id(), "{\"email\": \"" + email + "\", \"verified\": true}").statusCode(201);

        given().post("/advocates/" + a.id() + "/anonymise").then().statusCode(204);

        given().get("/advocates/" + a.id()).then().body("email", nullValue()).body("mentionCount", equalTo(1));
        given().get("/advocates/" + a.id() + "/identities")
                .then()
                .body("size()", equalTo(2))
                .body("handle", not(hasItem(a.handle())))
                .body("email", not(hasItem(email)))
                .body("displayName", not(hasItem("Ann On")));
        given().queryParam("authorKey", a.authorKey()).get("/advocates").then().body("total", equalTo(0));
    }

    private static ValidatableResponse link(String id, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/advocates/" + id + "/identities")
                .then();
    }

    private static ValidatableResponse merge(String id, String otherId, String reason) {
        return given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + otherId + "\", \"reason\": \"" + reason + "\"}")
                .post("/advocates/" + id + "/merge")
                .then();
    }

    private static ConsumerRecord<String, String> awaitEvent(String type, String key) {
        var records = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> type.equals(EventTopics.header(r, "ce_type")) && key.equals(r.key()),
                        People.PATIENCE);
        return records.get(records.size() - 1);
    }
}
