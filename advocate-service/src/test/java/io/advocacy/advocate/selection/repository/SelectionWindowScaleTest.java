package io.advocacy.advocate.selection.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.advocate.selection.service.SelectionScores;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Measures the candidate ranking's read at its default window: 5,000 profiles, each with an identity, two category
 * moves, a stage move, a settled mentee and a council seat, inserted in a transaction that is rolled back.
 */
@QuarkusTest
class SelectionWindowScaleTest {

    private static final Logger LOG = Logger.getLogger(SelectionWindowScaleTest.class);
    private static final int PROFILES = 5_000;

    @Test
    void readsAndScoresAFullWindow() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            db.setAutoCommit(false);
            try {
                seed(db);
                String sql = SelectionRepository.INPUTS.replace("cast(?1 as timestamptz)", "now()")
                        + " where a.merged_into is null order by a.last_mention_at desc nulls last, a.id limit "
                        + PROFILES;
                long best = Long.MAX_VALUE;
                List<SelectionRepository.Row> rows = List.of();
                for (int run = 0; run < 3; run++) {
                    long start = System.nanoTime();
                    rows = read(db, sql);
                    best = Math.min(best, System.nanoTime() - start);
                }
                long scoring = Long.MAX_VALUE;
                long scored = 0;
                for (int run = 0; run < 3; run++) {
                    long start = System.nanoTime();
                    scored = rows.stream()
                            .mapToInt(r -> SelectionScores.scores(r.inputs()).size())
                            .sum();
                    scoring = Math.min(scoring, System.nanoTime() - start);
                }
                LOG.infof(
                        "selection window of %d profiles: read %d ms (best of 3), scored in %d ms (best of 3)",
                        rows.size(), best / 1_000_000, scoring / 1_000_000);
                assertThat(rows).hasSize(PROFILES);
                assertThat(scored).isEqualTo(6L * PROFILES);
                assertThat(rows.stream()
                                .filter(r -> r.inputs().menteesSettled() == 1
                                        && r.inputs().councilTerms() == 1))
                        .hasSizeGreaterThanOrEqualTo(PROFILES - 100);
            } finally {
                db.rollback();
            }
        }
    }

    private static List<SelectionRepository.Row> read(Connection db, String sql) throws SQLException {
        List<SelectionRepository.Row> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(SelectionRepository.row(row));
            }
        }
        return rows;
    }

    private static void seed(Connection db) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
        UUID council = UUID.randomUUID();
        try (PreparedStatement c = db.prepareStatement("insert into council (id, name, purpose, seats, term,"
                + " created_at, created_by) values (?, 'scale', 'scale', 10000, 'P1Y', ?, 'scale')")) {
            c.setObject(1, council);
            c.setObject(2, now);
            c.executeUpdate();
        }
        try (PreparedStatement advocate = db.prepareStatement("insert into advocate (id, author_key, platform, handle,"
                        + " followers, stage, category, mention_count, positive_mentions, negative_mentions,"
                        + " sentiment_sum, discovered_at, last_mention_at) values (?, ?, 'twitter', ?, ?, 'ACTIVE',"
                        + " 'SOCIAL_ADVOCATE', 10, 7, 1, 4.5, ?, ?)");
                PreparedStatement identity = db.prepareStatement("insert into advocate_identity (id, advocate_id,"
                        + " kind, identity_key, platform, handle, origin, followers, added_by, added_at) values (?, ?,"
                        + " 'HANDLE', ?, 'twitter', ?, 'DISCOVERED', ?, 'scale', ?)");
                PreparedStatement category = db.prepareStatement("insert into category_change (id, advocate_id,"
                        + " from_category, to_category, changed_at, mention_count, average_sentiment) values (?, ?, ?,"
                        + " ?, ?, 1, 0.4)");
                PreparedStatement stage = db.prepareStatement("insert into stage_change (id, advocate_id, from_stage,"
                        + " to_stage, changed_by, changed_at, reason) values (?, ?, 'ONBOARDED', 'ACTIVE', 'scale', ?,"
                        + " 'scale')");
                PreparedStatement mentoring = db.prepareStatement("insert into mentoring (id, mentee_id, mentor_id,"
                        + " language_match, region_match, started_at, assigned_by, ended_at, end_reason, ended_by)"
                        + " values (?, ?, ?, true, false, ?, 'scale', ?, 'settled', 'scale')");
                PreparedStatement invitation = db.prepareStatement("insert into council_invitation (id, council_id,"
                        + " advocate_id, status, invited_at, invited_by) values (?, ?, ?, 'ACCEPTED', ?, 'scale')");
                PreparedStatement seat = db.prepareStatement("insert into council_membership (id, council_id,"
                        + " advocate_id, invitation_id, started_at, term_ends_at) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < PROFILES; i++) {
                UUID id = UUID.randomUUID();
                String handle = "scale-" + id;
                advocate.setObject(1, id);
                advocate.setString(2, "twitter:" + handle);
                advocate.setString(3, handle);
                advocate.setLong(4, i * 10L);
                advocate.setObject(5, now.minusDays(200));
                advocate.setObject(6, now.minusMinutes(i));
                advocate.addBatch();
                identity.setObject(1, UUID.randomUUID());
                identity.setObject(2, id);
                identity.setString(3, "twitter:" + handle);
                identity.setString(4, handle);
                identity.setLong(5, i * 10L);
                identity.setObject(6, now.minusDays(200));
                identity.addBatch();
                category.setObject(1, UUID.randomUUID());
                category.setObject(2, id);
                category.setString(3, null);
                category.setString(4, "NEUTRAL");
                category.setObject(5, now.minusDays(200));
                category.addBatch();
                category.setObject(1, UUID.randomUUID());
                category.setObject(2, id);
                category.setString(3, "NEUTRAL");
                category.setString(4, "SOCIAL_ADVOCATE");
                category.setObject(5, now.minusDays(100));
                category.addBatch();
                stage.setObject(1, UUID.randomUUID());
                stage.setObject(2, id);
                stage.setObject(3, now.minusDays(90));
                stage.addBatch();
                mentoring.setObject(1, UUID.randomUUID());
                mentoring.setObject(2, UUID.randomUUID());
                mentoring.setObject(3, id);
                mentoring.setObject(4, now.minusDays(80));
                mentoring.setObject(5, now.minusDays(40));
                mentoring.addBatch();
                UUID invited = UUID.randomUUID();
                invitation.setObject(1, invited);
                invitation.setObject(2, council);
                invitation.setObject(3, id);
                invitation.setObject(4, now.minusDays(60));
                invitation.addBatch();
                seat.setObject(1, UUID.randomUUID());
                seat.setObject(2, council);
                seat.setObject(3, id);
                seat.setObject(4, invited);
                seat.setObject(5, now.minusDays(60));
                seat.setObject(6, now.plusDays(300));
                seat.addBatch();
            }
            advocate.executeBatch();
            identity.executeBatch();
            category.executeBatch();
            stage.executeBatch();
            mentoring.executeBatch();
            invitation.executeBatch();
            seat.executeBatch();
        }
    }
}
