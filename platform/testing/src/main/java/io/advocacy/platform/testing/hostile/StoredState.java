package io.advocacy.platform.testing.hostile;

import io.advocacy.platform.testing.EventTopics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a service has stored, counted: the rows of every table of its database and the records of every topic. Equal
 * states before and after a run show that the run changed nothing.
 *
 * @param rows rows per table
 * @param records records per topic
 */
public record StoredState(Map<String, Long> rows, Map<String, Long> records) {

    /** Counts now. */
    public static StoredState capture(
            String jdbcUrl, String user, String password, EventTopics topics, List<String> topicNames) {
        return new StoredState(rowCounts(jdbcUrl, user, password), topics.recordCounts(topicNames));
    }

    /**
     * Waits until the counts stay the same for two seconds, as earlier tests' events settle, and answers them.
     *
     * @throws AssertionError when they keep changing for a minute
     */
    public static StoredState awaitQuiet(
            String jdbcUrl, String user, String password, EventTopics topics, List<String> topicNames) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        StoredState last = capture(jdbcUrl, user, password, topics, topicNames);
        while (Instant.now().isBefore(deadline)) {
            sleep(Duration.ofSeconds(2));
            StoredState now = capture(jdbcUrl, user, password, topics, topicNames);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("The stored state kept changing for a minute; last: " + last);
    }

    private static Map<String, Long> rowCounts(String jdbcUrl, String user, String password) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'"
                            + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of " + jdbcUrl, e);
        }
        return counts;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
