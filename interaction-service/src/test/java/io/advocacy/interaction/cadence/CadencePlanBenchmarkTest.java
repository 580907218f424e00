package io.advocacy.interaction.cadence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long planning takes for 10,000 advocates with a cadence, against the real PostgreSQL: 4,000 with their own, 3,000
 * with their segments' (each in two segments with a rule) and 3,000 with their stage's. Not part of the normal
 * build; run it with {@code ./mvnw -B -pl interaction-service verify -Dtest=CadencePlanBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dadvocacy.benchmark=true}.
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "program-admin")
@EnabledIfSystemProperty(named = "advocacy.benchmark", matches = "true")
class CadencePlanBenchmarkTest {

    static final int ADVOCATES = 10_000;

    @Test
    void plansAWeekOfCheckInsForTenThousandAdvocates() throws Exception {
        // 10,000 weekly cadences in four time zones, half with an availability window, shared by 400 managers: 4,000 of
        // people's own, 3,000 from two segments' rules (everyone in both), 3,000 from the stage's rule.
        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into advocate_preference (advocate_id, preferred_media, time_zone, paused, updated_by,
                        updated_at)
                    select cast(md5('bench' || i) as uuid), array['video-call'],
                        (array['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'])[1 + i %% 4], false, 'bench',
                        now()
                    from generate_series(1, %1$d) i;
                    insert into availability_window (id, advocate_id, day_of_week, starts_at, ends_at)
                    select gen_random_uuid(), cast(md5('bench' || i) as uuid), 3, time '09:00', time '17:00'
                    from generate_series(1, %1$d) i where i %% 2 = 0;
                    insert into advocate_cadence (advocate_id, rrule, starts_on, local_time, duration_minutes, manager,
                        updated_by, updated_at)
                    select cast(md5('bench' || i) as uuid), 'FREQ=WEEKLY;BYDAY=WE', date '2027-06-02', time '10:00',
                        30, 'bench-' || (i %% 400), 'bench', now()
                    from generate_series(1, %1$d) i where i %% 10 < 4;
                    insert into cadence_rule (id, stage, segment_id, priority, rrule, starts_on, local_time,
                        duration_minutes, updated_by, updated_at)
                    values (gen_random_uuid(), 'active', null, 0, 'FREQ=WEEKLY;BYDAY=WE', date '2027-06-02',
                            time '10:00', 30, 'bench', now()),
                        (gen_random_uuid(), null, cast(md5('bench-segment-1') as uuid), 1, 'FREQ=WEEKLY;BYDAY=WE',
                            date '2027-06-02', time '11:00', 30, 'bench', now()),
                        (gen_random_uuid(), null, cast(md5('bench-segment-2') as uuid), 2, 'FREQ=WEEKLY;BYDAY=WE',
                            date '2027-06-02', time '12:00', 30, 'bench', now());
                    insert into advocate_stage (advocate_id, stage, changed_at)
                    select cast(md5('bench' || i) as uuid), 'active', now()
                    from generate_series(1, %1$d) i where i %% 10 >= 4;
                    insert into advocate_segment (advocate_id, segment_id, member, changed_at)
                    select cast(md5('bench' || i) as uuid), cast(md5('bench-segment-' || s) as uuid), true, now()
                    from generate_series(1, %1$d) i, generate_series(1, 2) s where i %% 10 >= 7;
                    """.formatted(ADVOCATES));
        }

        long start = System.nanoTime();
        JsonPath first = plan();
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(first.getInt("advocates")).isGreaterThanOrEqualTo(ADVOCATES);
        assertThat(first.getInt("planned")).isGreaterThanOrEqualTo(ADVOCATES);
        assertThat(first.getList("unplaced")).isEmpty();

        start = System.nanoTime();
        JsonPath again = plan();
        double againSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(again.getInt("planned")).isZero();
        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            sql.execute("delete from cadence_rule where updated_by = 'bench'");
        }

        System.out.printf(
                "BENCHMARK cadence plan: %d advocates, %d check-ins planned in %.2f s; planning again (nothing new) %.2f"
                        + " s%n",
                first.getInt("advocates"), first.getInt("planned"), firstSeconds, againSeconds);
    }

    private static JsonPath plan() {
        // Planning may take longer than REST Assured's default wait on a busy machine; the figure is what counts.
        RestAssuredConfig patient = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000)
                        .setParam("http.connection.timeout", 600_000));
        return given().config(patient)
                .queryParam("from", "2027-06-01T00:00:00Z")
                .queryParam("until", "2027-06-08T00:00:00Z")
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Connection connect() throws Exception {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
