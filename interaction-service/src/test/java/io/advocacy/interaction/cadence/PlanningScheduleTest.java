package io.advocacy.interaction.cadence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.interaction.cadence.rest.PlanView;
import io.advocacy.interaction.cadence.service.PlanningSchedule;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The daily planning run plans the next 14 days for everyone with a cadence, once, however often it runs. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class PlanningScheduleTest {

    @Inject
    PlanningSchedule schedule;

    @Test
    void theScheduledRunPlansTheComingTwoWeeksOnce() throws Throwable {
        UUID advocate = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("""
                        {"rrule": "FREQ=DAILY", "startsOn": "%s", "time": "10:00", "manager": "ahead"}
                        """.formatted(LocalDate.now(ZoneOffset.UTC)))
                .put("/advocates/" + advocate + "/cadence")
                .then()
                .statusCode(200);

        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);
        PlanView plan = VertxContextSupport.subscribeAndAwait(() -> schedule.planAhead());
        assertThat(plan.from()).isBetween(before.minusSeconds(1), OffsetDateTime.now(ZoneOffset.UTC));
        assertThat(Duration.between(plan.from(), plan.until())).isEqualTo(Duration.ofDays(14));
        assertThat(plan.planned()).isGreaterThanOrEqualTo(13);

        List<String> dueAt = dueAtOf(advocate);
        // Today's 10:00 may have passed already: 13 or 14 daily check-ins fall in the next 14 days.
        assertThat(dueAt).hasSizeBetween(13, 14);
        assertThat(dueAt).allSatisfy(due -> assertThat(OffsetDateTime.parse(due))
                .isAfterOrEqualTo(plan.from())
                .isBefore(plan.until()));

        VertxContextSupport.subscribeAndAwait(() -> schedule.planAhead());
        assertThat(dueAtOf(advocate)).hasSameSizeAs(dueAt);
    }

    private static List<String> dueAtOf(UUID advocate) {
        return given().queryParam("advocateId", advocate)
                .queryParam("size", 100)
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.dueAt", String.class);
    }
}
