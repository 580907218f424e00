package io.advocacy.interaction.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class InvitationTest {

    private static final String INTERACTIONS = "advocacy.interactions";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anInteractionIsAnInvitationWhoseSequenceGoesUpOnEveryChangeAndWhichIsCancelled() throws Exception {
        UUID advocate = UUID.randomUUID();
        String id = scheduledThankYou(advocate);

        Calendar request = invitation(id);
        assertThat(request.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        VEvent event = onlyEvent(request);
        assertThat(value(event, Property.UID)).isEqualTo(id);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:ines@advocacy.example");
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue).containsExactly("urn:uuid:" + advocate);
        assertThat(attendees.get(0).getParameter("ROLE").orElseThrow().getValue())
                .isEqualTo("REQ-PARTICIPANT");

        given().contentType(ContentType.JSON)
                .body("{\"dueAt\": \"2026-12-03T14:00:00Z\", \"durationMinutes\": 45}")
                .when()
                .post("/interactions/" + id + "/reschedule")
                .then()
                .statusCode(200)
                .body("dueAt", equalTo("2026-12-03T14:00:00Z"));
        VEvent moved = onlyEvent(invitation(id));
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(moved, Property.DTSTART)).isEqualTo("20261203T140000Z");
        assertThat(value(moved, Property.DTEND)).isEqualTo("20261203T144500Z");

        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"they moved abroad\"}")
                .when()
                .post("/interactions/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"));
        Calendar cancel = invitation(id);
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelled = onlyEvent(cancel);
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.UID)).isEqualTo(id);

        // A cancelled interaction leaves the calendar feed and can no longer move.
        given().when()
                .get("/advocates/" + advocate + "/calendar.ics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(id)));
        given().contentType(ContentType.JSON)
                .body("{\"dueAt\": \"2026-12-04T14:00:00Z\"}")
                .when()
                .post("/interactions/" + id + "/reschedule")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("cancelled"));

        var records = topics().readUntil(
                        INTERACTIONS,
                        r -> r.value().contains(id)
                                && "io.advocacy.interaction.cancelled.v1".equals(EventTopics.header(r, "ce_type")),
                        PATIENCE);
        assertThat(records)
                .filteredOn(r -> r.value().contains(id))
                .extracting(r -> EventTopics.header(r, "ce_type"))
                .containsSubsequence(
                        "io.advocacy.interaction.scheduled.v1",
                        "io.advocacy.interaction.rescheduled.v1",
                        "io.advocacy.interaction.cancelled.v1");
        assertThat(records.get(records.size() - 1).value())
                .contains("\"sequence\":2")
                .contains("\"reason\":\"they moved abroad\"");
    }

    @Test
    void anUnknownInteractionHasNoInvitation() {
        given().when()
                .get("/interactions/" + UUID.randomUUID() + "/invitation.ics")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/interactions/" + UUID.randomUUID() + "/reschedule")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("dueAt"));
    }

    private static Calendar invitation(String id) throws Exception {
        String ics = given().when()
                .get("/interactions/" + id + "/invitation.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String scheduledThankYou(UUID advocate) {
        topics().sendCloudEvent(
                        "advocacy.advocates",
                        advocate.toString(),
                        "io.advocacy.advocate.updated.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"advocateId": "%s", "manager": "ines",
                         "lastMention": {"mentionId": "%s", "sentiment": 0.8, "publishedAt": "%s"}}
                        """.formatted(advocate, UUID.randomUUID(), Instant.now()));
        return await().atMost(PATIENCE)
                .until(
                        () -> given().queryParam("advocateId", advocate)
                                .when()
                                .get("/interactions")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("items[0].id"),
                        found -> found != null);
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }
}
