package io.advocacy.advocate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** The V5 migration on a schema that holds profiles from before it: each keeps its author key as its first identity. */
@QuarkusTest
class IdentityMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anExistingProfileGetsItsAuthorKeyAsItsFirstIdentityWithAllItsMentions() throws SQLException {
        String schema = "v5_check_" + UUID.randomUUID().toString().replace("-", "");
        UUID id = UUID.randomUUID();
        try {
            flyway(schema, MigrationVersion.fromVersion("4")).migrate();
            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("set search_path to " + schema);
                sql.execute("""
                        insert into advocate (id, author_key, platform, handle, display_name, followers, stage, category,
                                              mention_count, positive_mentions, negative_mentions, sentiment_sum,
                                              discovered_at, last_mention_at)
                        values ('%s', 'twitter:old-timer', 'twitter', 'old-timer', 'Old Timer', 42, 'ACTIVE',
                                'SOCIAL_ADVOCATE', 5, 4, 1, 1.75, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z')""".formatted(id));
            }

            flyway(schema, MigrationVersion.LATEST).migrate();

            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("set search_path to " + schema);
                ResultSet identity =
                        sql.executeQuery("select * from advocate_identity where advocate_id = '" + id + "'");
                assertThat(identity.next()).isTrue();
                assertThat(identity.getString("identity_key")).isEqualTo("twitter:old-timer");
                assertThat(identity.getString("kind")).isEqualTo("HANDLE");
                assertThat(identity.getString("origin")).isEqualTo("DISCOVERED");
                assertThat(identity.getString("display_name")).isEqualTo("Old Timer");
                assertThat(identity.getInt("mention_count")).isEqualTo(5);
                assertThat(identity.getInt("positive_mentions")).isEqualTo(4);
                assertThat(identity.getInt("negative_mentions")).isEqualTo(1);
                assertThat(identity.getDouble("sentiment_sum")).isEqualTo(1.75);
                assertThat(identity.getObject("last_mention_at")).isNotNull();
                assertThat(identity.next()).isFalse();
                ResultSet profile = sql.executeQuery(
                        "select email, email_verified, merged_into from advocate where id = '" + id + "'");
                assertThat(profile.next()).isTrue();
                assertThat(profile.getString("email")).isNull();
                assertThat(profile.getBoolean("email_verified")).isFalse();
                assertThat(profile.getObject("merged_into")).isNull();
            }
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private Flyway flyway(String schema, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/platform")
                .target(target)
                .load();
    }
}
