package io.advocacy.advocate.council;

import static io.restassured.RestAssured.given;

import io.advocacy.advocate.People;
import io.advocacy.platform.testing.EventTopics;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Councils, invitations and answers through the API; call with a manager's role unless said otherwise. */
public final class Councils {

    private Councils() {}

    public static String create(String name, int seats, String term) {
        return given().contentType("application/json")
                .body("{\"name\": \"%s\", \"purpose\": \"advise on %s\", \"seats\": %d, \"term\": \"%s\"}"
                        .formatted(name, name, seats, term))
                .post("/councils")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse invite(String council, String advocate) {
        return given().contentType("application/json")
                .body("{\"advocateId\": \"" + advocate + "\", \"note\": \"we value your voice\"}")
                .post("/councils/" + council + "/invitations")
                .then();
    }

    public static String invited(String council, String advocate) {
        return invite(council, advocate).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse answer(String council, String invitation, String how) {
        return given().post("/councils/" + council + "/invitations/" + invitation + "/" + how)
                .then();
    }

    static JsonPath council(String id) {
        return given().get("/councils/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The first event of this type about this person whose data matches, waiting for it. */
    static JsonPath event(String type, String advocateId, Predicate<JsonPath> data) {
        List<ConsumerRecord<String, String>> records = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> type.equals(EventTopics.header(r, "ce_type"))
                                && advocateId.equals(r.key())
                                && data.test(JsonPath.from(r.value())),
                        People.PATIENCE);
        return JsonPath.from(records.get(records.size() - 1).value());
    }

    public static String someone(String name) {
        return People.discover(name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
