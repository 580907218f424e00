package io.advocacy.advocate.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/**
 * A database that already has this service's migrations (numbered from 1) takes the later platform migration 0.2, as
 * a local stack that keeps its database does on its next start.
 */
@QuarkusTest
class OutboxMigrationTest {

    private static final String PLATFORM = "db/platform/";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDatabaseAtTheServicesLatestVersionTakesTheNewPlatformMigration() throws Exception {
        String schema =
                "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path before = Files.createTempDirectory("migrations-before-");
        Path after = Files.createTempDirectory("migrations-after-");
        try {
            copyServiceMigrations(before);
            copyServiceMigrations(after);
            copyResource(PLATFORM + "V0_1__outbox_and_processed_events.sql", before);
            copyResource(PLATFORM + "V0_1__outbox_and_processed_events.sql", after);
            copyResource(PLATFORM + "V0_2__outbox_trace_context.sql", after);

            flyway(schema, before, false).migrate();
            String latest =
                    flyway(schema, before, false).info().current().getVersion().getVersion();
            assertThat(Double.parseDouble(latest)).isGreaterThan(1);
            assertThat(columns(schema)).doesNotContain("traceparent");

            // In order only, Flyway refuses: 0.2 is older than what the database already has.
            assertThatThrownBy(() -> flyway(schema, after, false).migrate())
                    .isInstanceOf(FlywayException.class)
                    .hasMessageContaining("0.2");

            boolean outOfOrder = ConfigProvider.getConfig().getValue("quarkus.flyway.out-of-order", Boolean.class);
            assertThat(outOfOrder).isTrue();
            flyway(schema, after, outOfOrder).migrate();

            var applied = flyway(schema, after, outOfOrder).info().all();
            assertThat(Stream.of(applied)
                            .filter(m -> m.getVersion() != null
                                    && m.getVersion().getVersion().equals("0.2"))
                            .map(m -> m.getState()))
                    .containsExactly(MigrationState.OUT_OF_ORDER);
            assertThat(columns(schema)).contains("traceparent", "tracestate");
            assertThat(flyway(schema, after, outOfOrder)
                            .info()
                            .current()
                            .getVersion()
                            .getVersion())
                    .isEqualTo(latest);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private Flyway flyway(String schema, Path locations, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("filesystem:" + locations)
                .outOfOrder(outOfOrder)
                .load();
    }

    private List<String> columns(String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select column_name from information_schema.columns"
                        + " where table_schema = '" + schema + "' and table_name = 'outbox_event'")) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** This service's own migrations, from its sources (the working directory of a module's tests). */
    private static void copyServiceMigrations(Path into) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
    }

    private static void copyResource(String name, Path into) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, into.resolve(name.substring(name.lastIndexOf('/') + 1)));
        }
    }
}
