package io.advocacy.advocate.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class MatchSuggestionTest {

    @Test
    void ranksTheSameNameOnAnotherPlatformAndASimilarNameAboveAnUnrelatedProfile() {
        Someone twitter = Someone.discover("twitter", "wq", "Wilhelmina Quartermaine", 0.4);
        Someone mastodon = Someone.discover("mastodon", "wq", "Wilhelmina Quartermaine", 0.4);
        Someone similar = Someone.discover("bluesky", "wq", "Wilhelmina Quartermain", 0.4);
        Someone unrelated = Someone.discover("bluesky", "bo", "Bartholomew Oyelaran-Fitch", 0.4);

        JsonPath found = suggestions(twitter.id(), null);
        List<String> others = found.getList("otherId", String.class);
        assertThat(others).contains(mastodon.id(), similar.id()).doesNotContain(unrelated.id(), twitter.id());
        assertThat(others.indexOf(mastodon.id())).isLessThan(others.indexOf(similar.id()));
        double same = score(found, mastodon.id());
        double close = score(found, similar.id());
        assertThat(same).isGreaterThan(close);
        assertThat(reasons(found, mastodon.id()))
                .contains("same display name \"Wilhelmina Quartermaine\" on twitter and mastodon");
        assertThat(reasons(found, similar.id()))
                .anySatisfy(reason -> assertThat(reason).startsWith("similar display names"));
        assertThat(found.getList("otherIdentities.flatten()", String.class)).contains(mastodon.authorKey());

        // With no floor the unrelated profile is scored too, below the similar one.
        JsonPath all = suggestions(similar.id(), "0");
        List<Double> scores = all.getList("score", Double.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        if (all.getList("otherId", String.class).contains(unrelated.id())) {
            assertThat(score(all, unrelated.id())).isLessThan(score(all, twitter.id()));
        }
    }

    @Test
    void suggestsTheProfileWhoseHandleAMentionNamedFromAnotherPlatform() {
        Someone twitter = Someone.discover("twitter", "yf", "Yolanda Ferris", 0.4);
        Someone mastodon = Someone.discover("mastodon", "yo", "yoyo", 0.4);
        Someone stranger = Someone.discover("bluesky", "zz", "Quintus Abernathy", 0.4);
        twitter.says("Find me on Mastodon too: @" + mastodon.handle() + "@mastodon.social", "Yolanda Ferris");
        Someone.awaitMentions(twitter.id(), 2);

        JsonPath found = suggestions(twitter.id(), null);
        assertThat(found.getList("otherId", String.class))
                .contains(mastodon.id())
                .doesNotContain(stranger.id());
        assertThat(reasons(found, mastodon.id()))
                .containsExactly(twitter.authorKey() + " mentioned @" + mastodon.handle() + ", the handle of "
                        + mastodon.authorKey());
        assertThat(score(found, mastodon.id())).isEqualTo(0.8);
        // The other way round too.
        assertThat(suggestions(mastodon.id(), null).getList("otherId", String.class))
                .contains(twitter.id());
    }

    @Test
    void aRejectedSuggestionIsNotMadeAgainAndAConfirmedOneIsMerged() {
        Someone one = Someone.discover("twitter", "ob", "Ottoline Brackenbury", 0.4);
        Someone two = Someone.discover("mastodon", "ob", "Ottoline Brackenbury", 0.4);
        Someone three = Someone.discover("bluesky", "ob", "Ottoline Brackenbury", 0.4);
        Someone four = Someone.discover("threads", "ob", "Ottoline Brackenbury", 0.4);
        assertThat(suggestions(one.id(), null).getList("otherId", String.class))
                .contains(two.id(), three.id(), four.id());

        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + two.id() + "\", \"reason\": \"namesakes\"}")
                .post("/advocates/" + one.id() + "/distinct")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + three.id() + "\", \"reason\": \"confirmed suggestion\"}")
                .post("/advocates/" + one.id() + "/merge")
                .then()
                .statusCode(201);
        // Marked distinct from someone merged into four: four is not suggested to that someone's person either.
        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + four.id() + "\", \"reason\": \"namesakes too\"}")
                .post("/advocates/" + three.id() + "/distinct")
                .then()
                .statusCode(201);

        assertThat(suggestions(one.id(), null).getList("otherId", String.class))
                .doesNotContain(two.id(), three.id(), four.id());
        given().get("/advocates/" + three.id() + "/match-suggestions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void listsTheProgrammesLikeliestPairsUntilOneIsRejected() {
        Someone one = Someone.discover("twitter", "pf", "Peregrine Fairweather-Oddie", 0.4);
        Someone two = Someone.discover("mastodon", "pf", "Peregrine Fairweather Oddie", 0.4);
        Someone far = Someone.discover("mastodon", "xy", "Xanthe Yarborough", 0.4);

        JsonPath pairs = programme();
        String pair =
                "find { (it.advocateId == '%s' && it.otherId == '%s') || (it.advocateId == '%2$s' && it.otherId == '%1$s') }";
        assertThat(pairs.getDouble(pair.formatted(one.id(), two.id()) + ".score"))
                .isEqualTo(1.0);
        assertThat(pairs.getList(pair.formatted(one.id(), two.id()) + ".reasons", String.class))
                .anySatisfy(reason -> assertThat(reason).startsWith("same display name"));
        assertThat(pairs.getList("advocateId", String.class)).doesNotContain(far.id());
        assertThat(pairs.getList("otherId", String.class)).doesNotContain(far.id());
        given().queryParam("size", 1)
                .queryParam("minScore", "0.99")
                .get("/match-suggestions")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1));

        given().contentType(ContentType.JSON)
                .body("{\"otherId\": \"" + one.id() + "\", \"reason\": \"namesakes\"}")
                .post("/advocates/" + two.id() + "/distinct")
                .then()
                .statusCode(201);
        assertThat(programme().getString(pair.formatted(one.id(), two.id()))).isNull();
        given().queryParam("minScore", "-1")
                .get("/match-suggestions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("minScore"));
    }

    private static JsonPath programme() {
        return given().queryParam("size", 200)
                .queryParam("minScore", "0.99")
                .get("/match-suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items");
    }

    @Test
    void refusesABadScoreOrLimitNamingTheField() {
        given().queryParam("minScore", "2")
                .get("/advocates/" + UUID.randomUUID() + "/match-suggestions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("minScore"));
        given().queryParam("limit", "0")
                .get("/advocates/" + UUID.randomUUID() + "/match-suggestions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("limit"));
        given().get("/advocates/" + UUID.randomUUID() + "/match-suggestions")
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
    }

    private static JsonPath suggestions(String id, String minScore) {
        var request = given().queryParam("limit", 200);
        if (minScore != null) {
            request = request.queryParam("minScore", minScore);
        }
        return request.get("/advocates/" + id + "/match-suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static double score(JsonPath found, String otherId) {
        return found.getDouble("find { it.otherId == '" + otherId + "' }.score");
    }

    private static List<String> reasons(JsonPath found, String otherId) {
        return found.getList("find { it.otherId == '" + otherId + "' }.reasons", String.class);
    }
}
