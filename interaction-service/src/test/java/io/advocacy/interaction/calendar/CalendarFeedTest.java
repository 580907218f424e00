package io.advocacy.interaction.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class CalendarFeedTest {

    @Test
    void anAdvocatesFeedHasAnEventPerScheduledInteractionThatIcal4jReadsBack() throws Exception {
        UUID advocate = UUID.randomUUID();
        String manager = "cal-" + UUID.randomUUID();
        planCheckIns(advocate, manager, "2026-03-02", 3);
        List<Map<String, Object>> interactions = interactionsOf(advocate);
        assertThat(interactions).hasSize(3);

        List<VEvent> events = parse(feed("/advocates/" + advocate + "/calendar.ics"));

        assertThat(events).hasSize(3);
        Map<String, VEvent> byUid =
                events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
        for (Map<String, Object> interaction : interactions) {
            VEvent event = byUid.get((String) interaction.get("id"));
            assertThat(event)
                    .as("event of interaction %s", interaction.get("id"))
                    .isNotNull();
            Instant due =
                    OffsetDateTime.parse((String) interaction.get("dueAt")).toInstant();
            assertThat(instant(event.getStartDate().orElseThrow().getDate())).isEqualTo(due);
            assertThat(instant(event.getEndDate().orElseThrow().getDate())).isEqualTo(due.plusSeconds(45 * 60));
            assertThat(value(event, Property.SUMMARY)).isEqualTo("Check-in with advocate " + advocate);
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        }
    }

    @Test
    void aManagersFeedHoldsOnlyTheirScheduledInteractions() throws Exception {
        UUID advocate = UUID.randomUUID();
        String manager = "cal-" + UUID.randomUUID();
        planCheckIns(advocate, manager, "2026-04-06", 2);
        List<Map<String, Object>> interactions = interactionsOf(advocate);
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"attended\"}")
                .when()
                .post("/interactions/" + interactions.get(0).get("id") + "/outcome")
                .then()
                .statusCode(200);

        List<VEvent> events = parse(feed("/managers/" + manager + "/calendar.ics"));

        assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly((String)
                interactions.get(1).get("id"));
    }

    @Test
    void anEmptyFeedIsStillACalendar() throws Exception {
        String feed = feed("/managers/nobody-" + UUID.randomUUID() + "/calendar.ics");
        assertThat(feed).startsWith("BEGIN:VCALENDAR");
        assertThat(parse(feed)).isEmpty();
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    @OidcSecurity(claims = @Claim(key = "advocate_id", value = "0b7e6a52-8f0e-4f0a-9c57-3f1d1c8e2a40"))
    void anAdvocateReadsOnlyTheirOwnFeed() {
        given().when()
                .get("/advocates/0b7e6a52-8f0e-4f0a-9c57-3f1d1c8e2a40/calendar.ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar");
        given().when()
                .get("/advocates/" + UUID.randomUUID() + "/calendar.ics")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "sam", roles = "integrator")
    void anIntegratorCannotReadAManagersFeed() {
        given().when().get("/managers/maria/calendar.ics").then().statusCode(403);
    }

    private static void planCheckIns(UUID advocate, String manager, String startsOn, int count) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"rrule": "FREQ=WEEKLY;COUNT=%d", "startsOn": "%s", "time": "09:30", "durationMinutes": 45,
                         "manager": "%s"}
                        """.formatted(count, startsOn, manager))
                .when()
                .put("/advocates/" + advocate + "/cadence")
                .then()
                .statusCode(200);
        given().queryParam("from", startsOn + "T00:00:00Z")
                .queryParam(
                        "until",
                        OffsetDateTime.parse(startsOn + "T00:00:00Z")
                                .plusDays(7L * count)
                                .toString())
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200);
    }

    private static List<Map<String, Object>> interactionsOf(UUID advocate) {
        return given().queryParam("advocateId", advocate)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static String feed(String path) {
        return given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString();
    }

    private static List<VEvent> parse(String feed) throws Exception {
        Calendar calendar =
                new CalendarBuilder().build(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        return calendar.getComponents("VEVENT");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }
}
