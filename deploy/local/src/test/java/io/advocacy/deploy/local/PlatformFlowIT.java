package io.advocacy.deploy.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.advocacy.platform.testing.EventTopics;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole platform, end to end: real Kafka, PostgreSQL and Keycloak, the four packaged services as processes, real
 * tokens, and the events read back from their topics with a plain Kafka consumer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformFlowIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private TestStack platform;
    private StackInfo info;
    private EventTopics topics;
    private String integratorToken;
    private String managerToken;

    @BeforeAll
    void startThePlatform() throws Exception {
        platform = TestStack.start("e2e");
        info = platform.info();
        topics = platform.topics();
        integratorToken = platform.integratorToken();
        managerToken = platform.managerToken();
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private String url(String service) {
        return info.serviceUrl(service);
    }

    private static String mention(String externalId, String handle, String text) {
        return """
                {"platform": "twitter", "externalId": "%s",
                 "author": {"handle": "@%s", "displayName": "Ada Lovelace", "followers": 12800},
                 "url": "https://twitter.example/%s", "text": "%s", "publishedAt": "2026-11-23T09:00:00Z"}
                """.formatted(externalId, handle, externalId, "Lumen: " + text);
    }

    private String postMention(String externalId, String handle, String text, int status) {
        return given().auth()
                .oauth2(integratorToken)
                .contentType(ContentType.JSON)
                .body(mention(externalId, handle, text))
                .when()
                .post(url("listening-service") + "/mentions")
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    private String awaitAdvocateId(String authorKey) {
        return await().atMost(WAIT)
                .until(
                        () -> given().auth()
                                .oauth2(managerToken)
                                .queryParam("authorKey", authorKey)
                                .get(url("advocate-service") + "/advocates")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("items.id", String.class),
                        ids -> ids.size() == 1)
                .get(0);
    }

    private static ConsumerRecord<String, String> last(List<ConsumerRecord<String, String>> records) {
        return records.get(records.size() - 1);
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> record, String type, String key) {
        assertThat(record.key()).isEqualTo(key);
        assertThat(EventTopics.header(record, "ce_type")).isEqualTo(type);
        assertThat(EventTopics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(EventTopics.header(record, "ce_subject")).isEqualTo(key);
        assertThat(EventTopics.header(record, "ce_id")).isNotBlank();
        assertThat(EventTopics.header(record, "ce_source")).startsWith("/advocacy/");
        assertThat(EventTopics.header(record, "content-type")).isEqualTo("application/json");
    }

    /** The award's credential verifies at the platform's endpoint and, independently, against its published JWKS. */
    private void assertTheCredentialVerifies(String awardId, String advocateId) throws Exception {
        String recognition = url("recognition-service");
        String jwt = given().get(recognition + "/credentials/" + awardId)
                .then()
                .statusCode(200)
                .contentType("application/vc+jwt")
                .extract()
                .asString();
        given().contentType(ContentType.TEXT)
                .body(jwt)
                .post(recognition + "/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(true));

        SignedJWT credential = SignedJWT.parse(jwt);
        JWKSet keys = JWKSet.parse(given().get(recognition + "/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        ECKey key = (ECKey) keys.getKeyByKeyId(credential.getHeader().getKeyID());
        assertThat(key).as("the signing key is published").isNotNull();
        assertThat(credential.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(credential.verify(new ECDSAVerifier(key))).as("signature").isTrue();
        JWTClaimsSet claims = credential.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("urn:uuid:" + advocateId);
        assertThat(claims.getJWTID()).isEqualTo("urn:uuid:" + awardId);
        assertThat(claims.getStringListClaim("type")).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(claims.getStringListClaim("@context"))
                .startsWith("https://www.w3.org/ns/credentials/v2")
                .anyMatch(context -> context.startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context"));
        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        assertThat(subject.get("id")).isEqualTo("urn:uuid:" + advocateId);

        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims.toString()
                                .replace(advocateId, UUID.randomUUID().toString())
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(SignedJWT.parse(forged).verify(new ECDSAVerifier(key))).isFalse();
        given().contentType(ContentType.TEXT)
                .body(forged)
                .post(recognition + "/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false));
    }

    @Test
    void aPositiveMentionBecomesAnAdvocateAThankYouAndABadge() throws Exception {
        String handle = "ada" + UUID.randomUUID().toString().substring(0, 8);
        String authorKey = "twitter:" + handle;
        String mentionId =
                postMention("e2e-" + UUID.randomUUID(), handle, "I love this product, brilliant support!", 201);

        String advocateId = awaitAdvocateId(authorKey);
        await().atMost(WAIT).untilAsserted(() -> given().auth()
                .oauth2(managerToken)
                .get(url("advocate-service") + "/advocates/" + advocateId)
                .then()
                .statusCode(200)
                .body("stage", equalTo("discovered"))
                .body("category", equalTo("social-advocate"))
                .body("mentionCount", equalTo(1))
                .body("badges.code", hasItem("first-voice")));
        await().atMost(WAIT).untilAsserted(() -> given().auth()
                .oauth2(managerToken)
                .queryParam("advocateId", advocateId)
                .get(url("interaction-service") + "/interactions")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("thank-you"))
                .body("items[0].manager", equalTo("demo-manager")));
        String awardId = given().auth()
                .oauth2(integratorToken)
                .queryParam("advocateId", advocateId)
                .get(url("recognition-service") + "/awards")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].badgeCode", equalTo("first-voice"))
                .extract()
                .path("items[0].id");
        assertTheCredentialVerifies(awardId, advocateId);

        assertCloudEvent(
                last(topics.readUntil("advocacy.mentions", r -> r.value().contains(mentionId), WAIT)),
                "io.advocacy.mention.scored.v1",
                authorKey);
        assertCloudEvent(
                last(topics.readUntil(
                        "advocacy.advocates",
                        r -> advocateId.equals(r.key())
                                && "io.advocacy.advocate.discovered.v1".equals(EventTopics.header(r, "ce_type")),
                        WAIT)),
                "io.advocacy.advocate.discovered.v1",
                advocateId);
        assertCloudEvent(
                last(topics.readUntil("advocacy.interactions", r -> advocateId.equals(r.key()), WAIT)),
                "io.advocacy.interaction.scheduled.v1",
                advocateId);
        var badge = last(topics.readUntil("advocacy.recognitions", r -> advocateId.equals(r.key()), WAIT));
        assertCloudEvent(badge, "io.advocacy.badge.awarded.v1", advocateId);
        assertThat(JsonPath.from(badge.value()).getString("badgeCode")).isEqualTo("first-voice");
    }

    @Test
    void anErasedPersonIsGoneFromEveryService() {
        String handle = "erin" + UUID.randomUUID().toString().substring(0, 8);
        String authorKey = "twitter:" + handle;
        String mentionId = postMention("e2e-" + UUID.randomUUID(), handle, "Love it, the new release is superb!", 201);
        String advocateId = awaitAdvocateId(authorKey);
        // Every service holds something of them first: the mention, the profile, a thank-you, facts and a proposal.
        await().atMost(WAIT).untilAsserted(() -> {
            given().auth()
                    .oauth2(managerToken)
                    .queryParam("advocateId", advocateId)
                    .get(url("interaction-service") + "/interactions")
                    .then()
                    .body("total", greaterThan(0));
            given().auth()
                    .oauth2(integratorToken)
                    .get(url("recognition-service") + "/advocates/" + advocateId + "/facts")
                    .then()
                    .body("total", greaterThan(0));
            given().auth()
                    .oauth2(managerToken)
                    .queryParam("size", 200)
                    .get(url("recognition-service") + "/spotlight")
                    .then()
                    .body("items.mentionId", hasItem(mentionId));
        });
        given().auth()
                .oauth2(integratorToken)
                .get(url("listening-service") + "/mentions/" + mentionId)
                .then()
                .statusCode(200)
                .body("text", containsString("superb"));

        String adminToken = new Tokens(info.tokenUrl()).password(StackInfo.CLI_CLIENT_ID, "demo-admin", "demo-admin");
        given().auth()
                .oauth2(adminToken)
                .delete(url("advocate-service") + "/advocates/" + advocateId)
                .then()
                .statusCode(204);

        // advocate.erased.v1 reaches the others: nobody answers with the person any more.
        await().atMost(WAIT).untilAsserted(() -> {
            given().auth()
                    .oauth2(managerToken)
                    .get(url("advocate-service") + "/advocates/" + advocateId)
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(managerToken)
                    .queryParam("authorKey", authorKey)
                    .get(url("advocate-service") + "/advocates")
                    .then()
                    .body("total", equalTo(0));
            given().auth()
                    .oauth2(integratorToken)
                    .get(url("listening-service") + "/mentions/" + mentionId)
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(managerToken)
                    .queryParam("advocateId", advocateId)
                    .get(url("interaction-service") + "/interactions")
                    .then()
                    .body("total", equalTo(0));
            given().auth()
                    .oauth2(integratorToken)
                    .get(url("recognition-service") + "/advocates/" + advocateId + "/facts")
                    .then()
                    .body("total", equalTo(0));
            String spotlight = given().auth()
                    .oauth2(managerToken)
                    .queryParam("size", 200)
                    .get(url("recognition-service") + "/spotlight")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(spotlight).doesNotContain(mentionId).doesNotContain(handle);
            String authors = given().auth()
                    .oauth2(integratorToken)
                    .queryParam("platform", "twitter")
                    .queryParam("size", 200)
                    .get(url("listening-service") + "/authors")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(authors).doesNotContain(handle);
        });
    }

    @Test
    void aDetractorGetsCareOutreachAndNoBadge() {
        String handle = "dennis" + UUID.randomUUID().toString().substring(0, 8);
        postMention("e2e-" + UUID.randomUUID(), handle, "Terrible, broken again. Worst support ever, I hate it.", 201);

        String advocateId = awaitAdvocateId("twitter:" + handle);
        await().atMost(WAIT).untilAsserted(() -> given().auth()
                .oauth2(managerToken)
                .queryParam("advocateId", advocateId)
                .get(url("interaction-service") + "/interactions")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("care-outreach")));
        given().auth()
                .oauth2(managerToken)
                .get(url("advocate-service") + "/advocates/" + advocateId)
                .then()
                .body("fourA", equalTo("alienated"))
                .body("badges.size()", equalTo(0));
    }

    @Test
    void repeatingAMentionReturnsTheSameOneAndPublishesNothingNew() {
        String externalId = "e2e-" + UUID.randomUUID();
        String handle = "grace" + UUID.randomUUID().toString().substring(0, 8);
        String first = postMention(externalId, handle, "Great docs", 201);
        String again = postMention(externalId, handle, "Great docs", 200);
        assertThat(again).isEqualTo(first);

        // A later mention of the same author shares the partition: once it is on the topic, so would a duplicate be.
        String later = postMention("e2e-" + UUID.randomUUID(), handle, "ok", 201);
        var records = topics.readUntil("advocacy.mentions", r -> r.value().contains(later), WAIT);
        assertThat(records.stream().filter(r -> r.value().contains(first))).hasSize(1);
    }

    @Test
    void aMentionOfNoListenedBrandStaysOutOfTheStream() {
        given().auth()
                .oauth2(integratorToken)
                .contentType(ContentType.JSON)
                .body(mention("e2e-" + UUID.randomUUID(), "nobody", "x").replace("Lumen: x", "about something else"))
                .post(url("listening-service") + "/mentions")
                .then()
                .statusCode(202)
                .body("status", equalTo("unmatched"));
    }

    @Test
    void anAdvocateSignsInAndReachesOnlyTheirOwnData() {
        String handle = "linus" + UUID.randomUUID().toString().substring(0, 8);
        postMention("e2e-" + UUID.randomUUID(), handle, "Really good release, well done", 201);
        String advocateId = awaitAdvocateId("twitter:" + handle);
        String adminToken = new Tokens(info.tokenUrl()).password(StackInfo.CLI_CLIENT_ID, "demo-admin", "demo-admin");

        // A programme admin links the person's account to their profile: the user attribute advocate_id.
        String users = info.keycloakUrl() + "/admin/realms/" + info.realm() + "/users";
        JsonPath user = given().auth()
                .oauth2(adminToken)
                .queryParam("username", "demo-advocate")
                .queryParam("exact", true)
                .get(users)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String userId = user.getString("[0].id");
        given().auth()
                .oauth2(adminToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username", "demo-advocate",
                        "email", user.getString("[0].email"),
                        "firstName", user.getString("[0].firstName"),
                        "lastName", user.getString("[0].lastName"),
                        "attributes", Map.of("advocate_id", List.of(advocateId))))
                .put(users + "/" + userId)
                .then()
                .statusCode(204);

        String advocateToken =
                new Tokens(info.tokenUrl()).password(StackInfo.CLI_CLIENT_ID, "demo-advocate", "demo-advocate");
        String claims =
                new String(Base64.getUrlDecoder().decode(advocateToken.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(JsonPath.from(claims).getString("advocate_id")).isEqualTo(advocateId);

        given().auth()
                .oauth2(advocateToken)
                .get(url("advocate-service") + "/advocates/" + advocateId + "/consents")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(advocateToken)
                .contentType(ContentType.JSON)
                .body(Map.of("preferredMedia", List.of("video-call"), "timeZone", "Europe/Berlin", "language", "en"))
                .put(url("interaction-service") + "/advocates/" + advocateId + "/preferences")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"));
        String someoneElse = awaitAdvocateId("twitter:" + postedBySomeoneElse());
        given().auth()
                .oauth2(advocateToken)
                .get(url("advocate-service") + "/advocates/" + someoneElse + "/consents")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(advocateToken)
                .get(url("advocate-service") + "/advocates")
                .then()
                .statusCode(403);
    }

    private String postedBySomeoneElse() {
        String handle = "other" + UUID.randomUUID().toString().substring(0, 8);
        postMention("e2e-" + UUID.randomUUID(), handle, "Nice product", 201);
        return handle;
    }

    @Test
    void refusesForgedTamperedAndForeignTokensWithAProblem() throws Exception {
        String realm = info.keycloakUrl() + "/realms/" + info.realm();
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"%s\",\"sub\":\"intruder\",\"azp\":\"advocacy-integrator\",\"exp\":%d,"
                + "\"iat\":%d,\"realm_access\":{\"roles\":[\"integrator\",\"program-admin\"]}}";
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey strangerKey = generator.generateKeyPair().getPrivate();
        String[] real = integratorToken.split("\\.");
        String realHeader = new String(Base64.getUrlDecoder().decode(real[0]), StandardCharsets.UTF_8);

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("not a JWT", "not.a.jwt");
        forged.put(
                "alg none", jwt("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims.formatted(realm, now + 300, now), null));
        forged.put(
                "signed by a stranger's key",
                jwt(
                        "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"stranger\"}",
                        claims.formatted(realm, now + 300, now),
                        strangerKey));
        forged.put(
                "signed by a stranger, with the realm's kid",
                jwt(realHeader, claims.formatted(realm, now + 300, now), strangerKey));
        forged.put(
                "another issuer",
                jwt(realHeader, claims.formatted("http://127.0.0.1:1/realms/elsewhere", now + 300, now), strangerKey));
        forged.put("expired", jwt(realHeader, claims.formatted(realm, now - 600, now - 900), strangerKey));
        String payload = new String(Base64.getUrlDecoder().decode(real[1]), StandardCharsets.UTF_8)
                .replace("\"integrator\"", "\"integrator\",\"program-admin\"");
        forged.put(
                "a real token with roles added",
                real[0] + "."
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                        + "." + real[2]);

        Map<String, String> paths = Map.of(
                "listening-service", "/queries",
                "advocate-service", "/advocates",
                "interaction-service", "/interactions",
                "recognition-service", "/awards");
        for (Map.Entry<String, String> token : forged.entrySet()) {
            for (Map.Entry<String, String> service : paths.entrySet()) {
                var response = given().auth().oauth2(token.getValue()).get(url(service.getKey()) + service.getValue());
                String what = token.getKey() + " at " + service.getKey();
                assertThat(response.statusCode()).as(what).isEqualTo(401);
                assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Bearer");
            }
        }
    }

    private static String jwt(String header, String claims, PrivateKey key) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        if (key == null) {
            return signingInput + ".";
        }
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }

    @Test
    void refusesMissingTokensWrongRolesAndBadBodies() {
        given().contentType(ContentType.JSON)
                .body(mention("x", "y", "z"))
                .post(url("listening-service") + "/mentions")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(managerToken)
                .contentType(ContentType.JSON)
                .body(mention("x", "y", "z"))
                .post(url("listening-service") + "/mentions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(integratorToken)
                .contentType(ContentType.JSON)
                .body(mention("", "y", "z"))
                .post(url("listening-service") + "/mentions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("externalId"));
        given().auth()
                .oauth2(integratorToken + "tampered")
                .get(url("advocate-service") + "/advocates")
                .then()
                .statusCode(401);
        for (String service : List.of("advocate-service", "interaction-service", "recognition-service")) {
            given().get(url(service) + "/q/health/ready").then().statusCode(200);
        }
    }
}
