package io.advocacy.advocate.manager;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.advocacy.advocate.People;
import io.advocacy.platform.testing.EventTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class ManagerCapacityTest {

    private static final String ASSIGNED = "io.advocacy.advocate.assigned.v1";

    /** Every test starts with nobody to assign to, so it decides who has room. */
    @BeforeEach
    void everyManagerLeaves() {
        List<String> ids = given().queryParam("size", 200)
                .get("/managers")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        ids.forEach(id -> given().delete("/managers/" + id).then().statusCode(204));
    }

    @Test
    void aManagerJoinsWithTheDefaultCapacityAndShowsTheirLoad() {
        String username = "dora-" + UUID.randomUUID();
        var created = given().contentType("application/json")
                .body("{\"username\": \"%s\", \"displayName\": \"Dora\"}".formatted(username))
                .post("/managers")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/managers/" + id);
        String person = People.discover("first-of-dora");

        given().get("/managers/" + id)
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("displayName", equalTo("Dora"))
                .body("capacity", equalTo(100))
                .body("load", equalTo(1))
                .body("leftAt", nullValue());
        given().get("/managers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].load", equalTo(1))
                .body("items[0].capacity", equalTo(100));
        given().get("/advocates/" + person).then().body("manager", equalTo(username));
    }

    @Test
    void aFullManagerTakesNobodyElseAndTheNextPersonGoesToWhoeverHasRoom() {
        String ada = "ada-" + UUID.randomUUID();
        String adaId = join(ada, 1);
        String first = People.discover("first");
        String second = People.discover("second");
        String bob = "bob-" + UUID.randomUUID();
        String bobId = join(bob, 1);
        String third = People.discover("third");

        assertThat(managerOf(first)).isEqualTo(ada);
        assertThat(managerOf(second)).isNull();
        assertThat(managerOf(third)).isEqualTo(bob);
        given().get("/managers/" + adaId).then().body("load", equalTo(1)).body("capacity", equalTo(1));
        given().get("/managers/" + bobId).then().body("load", equalTo(1));

        JsonPath assigned = JsonPath.from(awaitAssigned(first, ada).value());
        assertThat(assigned.getString("advocateId")).isEqualTo(first);
        assertThat(assigned.getString("previousManager")).isNull();
        var updated = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> "io.advocacy.advocate.updated.v1".equals(EventTopics.header(r, "ce_type"))
                                && first.equals(r.key()),
                        People.PATIENCE);
        assertThat(JsonPath.from(updated.get(updated.size() - 1).value()).getString("manager"))
                .isEqualTo(ada);
    }

    @Test
    void theManagerWithTheMostRoomGetsTheNewcomerAndATieGoesByUsername() {
        String suffix = UUID.randomUUID().toString();
        join("a-" + suffix, 2);
        join("b-" + suffix, 3);

        assertThat(managerOf(People.discover("most-room"))).isEqualTo("b-" + suffix);
        assertThat(managerOf(People.discover("tie"))).isEqualTo("a-" + suffix);
        assertThat(managerOf(People.discover("more-room-again"))).isEqualTo("b-" + suffix);
    }

    @Test
    void whenAManagerLeavesTheirPeopleGoToManagersWithRoomOrToNobody() {
        String suffix = UUID.randomUUID().toString();
        String leaving = "a-" + suffix;
        String leavingId = join(leaving, 5);
        List<String> people = List.of(People.discover("longest"), People.discover("middle"), People.discover("newest"));
        people.forEach(person -> assertThat(managerOf(person)).isEqualTo(leaving));
        join("b-" + suffix, 1);
        join("c-" + suffix, 1);

        given().delete("/managers/" + leavingId).then().statusCode(204);

        assertThat(managerOf(people.get(0))).isEqualTo("b-" + suffix);
        assertThat(managerOf(people.get(1))).isEqualTo("c-" + suffix);
        assertThat(managerOf(people.get(2))).isNull();
        JsonPath toB = JsonPath.from(awaitAssigned(people.get(0), "b-" + suffix).value());
        assertThat(toB.getString("previousManager")).isEqualTo(leaving);
        var toNobody = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> ASSIGNED.equals(EventTopics.header(r, "ce_type"))
                                && people.get(2).equals(r.key())
                                && r.value().contains("\"manager\":null"),
                        People.PATIENCE);
        assertThat(JsonPath.from(toNobody.get(toNobody.size() - 1).value()).getString("previousManager"))
                .isEqualTo(leaving);

        given().get("/managers/" + leavingId)
                .then()
                .statusCode(200)
                .body("leftAt", notNullValue())
                .body("load", equalTo(0));
        given().get("/managers").then().body("items.username", not(hasItem(leaving)));
        given().delete("/managers/" + leavingId).then().statusCode(204);
    }

    @Test
    void whenACapacityDropsBelowTheLoadTheNewestPeopleMoveOn() {
        String suffix = UUID.randomUUID().toString();
        String shrinking = "a-" + suffix;
        String shrinkingId = join(shrinking, 3);
        List<String> people = List.of(People.discover("oldest"), People.discover("older"), People.discover("newest"));
        join("b-" + suffix, 1);

        given().contentType("application/json")
                .body("{\"capacity\": 1}")
                .put("/managers/" + shrinkingId)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(1))
                .body("load", equalTo(1));

        assertThat(managerOf(people.get(0))).isEqualTo(shrinking);
        assertThat(managerOf(people.get(1))).isNull();
        assertThat(managerOf(people.get(2))).isEqualTo("b-" + suffix);
        JsonPath moved =
                JsonPath.from(awaitAssigned(people.get(2), "b-" + suffix).value());
        assertThat(moved.getString("previousManager")).isEqualTo(shrinking);
    }

    @Test
    void concurrentNewcomersAndCapacityChangesNeverExceedACapacity() {
        String suffix = UUID.randomUUID().toString();
        List<String> ids = List.of(join("a-" + suffix, 3), join("b-" + suffix, 3), join("c-" + suffix, 3));

        var changes = CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> capacity(ids.get(0), 1)),
                CompletableFuture.runAsync(() -> capacity(ids.get(1), 0)),
                CompletableFuture.runAsync(
                        () -> given().delete("/managers/" + ids.get(2)).then().statusCode(204)));
        List<String> people = IntStream.range(0, 6)
                .mapToObj(i -> People.discover("crowd-" + i))
                .toList();
        changes.join();

        given().get("/managers/" + ids.get(0)).then().body("load", equalTo(1));
        given().get("/managers/" + ids.get(1)).then().body("load", equalTo(0));
        given().get("/managers/" + ids.get(2)).then().body("load", equalTo(0));
        assertThat(people.stream().map(ManagerCapacityTest::managerOf).filter(m -> m != null))
                .containsExactly("a-" + suffix);
    }

    @Test
    void aUsernameIsActiveOnceAndACapacityIsNeverNegative() {
        String username = "once-" + UUID.randomUUID();
        join(username, 1);
        given().contentType("application/json")
                .body("{\"username\": \"%s\", \"displayName\": \"Again\"}".formatted(username))
                .post("/managers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"username\": \"x\", \"displayName\": \"X\", \"capacity\": -1}")
                .post("/managers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("capacity"));
        given().contentType("application/json")
                .body("{\"username\": \" \", \"displayName\": \"X\"}")
                .post("/managers")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("username"));
        given().contentType("application/json")
                .body("{}")
                .put("/managers/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("capacity"));
        given().contentType("application/json")
                .body("{\"capacity\": 5}")
                .put("/managers/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void aManagerWhoLeftCannotChangeCapacityButMayJoinAgain() {
        String username = "returning-" + UUID.randomUUID();
        String id = join(username, 1);
        given().delete("/managers/" + id).then().statusCode(204);

        given().contentType("application/json")
                .body("{\"capacity\": 5}")
                .put("/managers/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(join(username, 2)).isNotEqualTo(id);
    }

    private static String join(String username, int capacity) {
        return given().contentType("application/json")
                .body("{\"username\": \"%s\", \"displayName\": \"%s\", \"capacity\": %d}"
                        .formatted(username, username, capacity))
                .post("/managers")
                .then()
                .statusCode(201)
                .body("capacity", equalTo(capacity))
                .body("load", equalTo(0))
                .extract()
                .path("id");
    }

    private static void capacity(String id, int capacity) {
        given().contentType("application/json")
                .body("{\"capacity\": %d}".formatted(capacity))
                .put("/managers/" + id)
                .then()
                .statusCode(200);
    }

    private static String managerOf(String advocateId) {
        return given().get("/advocates/" + advocateId)
                .then()
                .statusCode(200)
                .extract()
                .path("manager");
    }

    private static ConsumerRecord<String, String> awaitAssigned(String advocateId, String manager) {
        var records = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> ASSIGNED.equals(EventTopics.header(r, "ce_type"))
                                && advocateId.equals(r.key())
                                && r.value().contains("\"manager\":\"" + manager + "\""),
                        People.PATIENCE);
        var record = records.get(records.size() - 1);
        assertThat(EventTopics.header(record, "ce_subject")).isEqualTo(advocateId);
        return record;
    }
}
