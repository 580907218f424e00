package io.advocacy.advocate.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.segment.rule.Field;
import io.advocacy.advocate.segment.rule.Operator;
import io.advocacy.advocate.segment.rule.Rule;
import io.advocacy.advocate.segment.rule.RuleParser;
import io.advocacy.advocate.segment.rule.SqlWhere;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Property: for random profiles and random rules, the SQL condition that evaluates a segment over every profile and
 * the in-memory evaluation of one profile pick exactly the same people. The profiles are written in a transaction
 * that is rolled back, so no other test sees them.
 */
@QuarkusTest
class SqlAndMemoryAgreementTest {

    private static final int PROFILES = 400;
    private static final int RULES = 600;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> PLATFORMS = List.of("twitter", "blog", "forum");
    private static final List<String> TEXTS = List.of("ada", "Ada", "ada-l", "bob", "", "m1", "m2", "b");
    private static final List<Double> SENTIMENTS = List.of(-0.6, -0.3, -0.05, 0.0, 0.05, 0.3, 0.6, -0.0);

    private final Random random = new Random();

    @Test
    void sqlAndMemoryPickTheSamePeopleForRandomRules() throws SQLException {
        long seed = System.nanoTime();
        random.setSeed(seed);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String marker = "prop-" + UUID.randomUUID() + ":";
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            db.setAutoCommit(false);
            try {
                List<Advocate> profiles = new ArrayList<>();
                for (int i = 0; i < PROFILES; i++) {
                    profiles.add(insert(db, profile(marker + i, now)));
                }
                int matchedSome = 0;
                for (int i = 0; i < RULES; i++) {
                    ObjectNode json = rule(1, profiles);
                    Rule rule = RuleParser.parse(json, "rule");
                    Set<UUID> inMemory = new HashSet<>();
                    for (Advocate profile : profiles) {
                        if (rule.matches(profile, now)) {
                            inMemory.add(profile.id);
                        }
                    }
                    assertThat(select(db, marker, rule, now))
                            .as("seed %d, rule %s", seed, json)
                            .isEqualTo(inMemory);
                    matchedSome += inMemory.isEmpty() || inMemory.size() == PROFILES ? 0 : 1;
                }
                // The property says something only if the rules split the profiles, which most must.
                assertThat(matchedSome).as("seed %d", seed).isGreaterThan(RULES / 3);
            } finally {
                db.rollback();
            }
        }
    }

    private static Set<UUID> select(Connection db, String marker, Rule rule, OffsetDateTime now) throws SQLException {
        SqlWhere where = SqlWhere.of(rule, now, position -> "?", 2);
        try (PreparedStatement query =
                db.prepareStatement("select id from advocate where author_key like ? and " + where.text())) {
            query.setString(1, marker + "%");
            for (int i = 0; i < where.parameters().size(); i++) {
                query.setObject(where.firstPosition() + i, where.parameters().get(i));
            }
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private Advocate profile(String authorKey, OffsetDateTime now) {
        Advocate a = new Advocate();
        a.id = UUID.randomUUID();
        a.authorKey = authorKey + pick(TEXTS);
        a.platform = pick(PLATFORMS);
        a.handle = pick(TEXTS);
        a.displayName = random.nextInt(4) == 0 ? null : pick(TEXTS);
        a.followers = random.nextBoolean() ? random.nextInt(3) * 1000L : random.nextInt(5000);
        a.stage = pick(List.of(Stage.values()));
        a.category = pick(List.of(Category.values()));
        a.mentionCount = random.nextInt(6);
        a.positiveMentions = a.mentionCount == 0 ? 0 : random.nextInt(a.mentionCount + 1);
        a.negativeMentions = a.mentionCount - a.positiveMentions;
        a.sentimentSum = a.mentionCount == 0
                ? 0
                : random.nextBoolean()
                        ? pick(SENTIMENTS) * a.mentionCount
                        : (random.nextDouble() * 2 - 1) * a.mentionCount;
        a.discoveredAt = now.minus(random.nextInt(200 * 24 * 3600), ChronoUnit.SECONDS)
                .minus(random.nextInt(1_000_000), ChronoUnit.MICROS);
        a.lastMentionAt = a.mentionCount == 0 || random.nextInt(5) == 0
                ? null
                : random.nextInt(6) == 0
                        // exactly on a whole number of days before now: the boundary of withinDays
                        ? now.minusDays(random.nextInt(100))
                        : now.minus(random.nextInt(100 * 24 * 3600), ChronoUnit.SECONDS);
        a.manager = random.nextInt(3) == 0 ? null : pick(List.of("m1", "m2"));
        return a;
    }

    private static Advocate insert(Connection db, Advocate a) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into advocate (id, author_key, platform, handle,"
                + " display_name, followers, stage, category, mention_count, positive_mentions, negative_mentions,"
                + " sentiment_sum, discovered_at, last_mention_at, manager) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)")) {
            insert.setObject(1, a.id);
            insert.setString(2, a.authorKey);
            insert.setString(3, a.platform);
            insert.setString(4, a.handle);
            insert.setString(5, a.displayName);
            insert.setLong(6, a.followers);
            insert.setString(7, a.stage.name());
            insert.setString(8, a.category.name());
            insert.setInt(9, a.mentionCount);
            insert.setInt(10, a.positiveMentions);
            insert.setInt(11, a.negativeMentions);
            insert.setDouble(12, a.sentimentSum);
            insert.setObject(13, a.discoveredAt);
            insert.setObject(14, a.lastMentionAt);
            insert.setString(15, a.manager);
            insert.executeUpdate();
        }
        return a;
    }

    /** A random rule in JSON, its values drawn near the profiles' own so that conditions split them. */
    private ObjectNode rule(int depth, List<Advocate> profiles) {
        int kind = depth >= 4 ? 3 : random.nextInt(depth == 1 ? 3 : 5);
        if (kind == 0 || kind == 1) {
            ArrayNode rules = NODES.arrayNode();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                rules.add(rule(depth + 1, profiles));
            }
            return NODES.objectNode().set(kind == 0 ? "all" : "any", rules);
        }
        if (kind == 2) {
            return NODES.objectNode().set("not", rule(depth + 1, profiles));
        }
        return condition(profiles.get(random.nextInt(profiles.size())));
    }

    private ObjectNode condition(Advocate sample) {
        Field field = pick(List.of(Field.values()));
        Operator op = pick(field.kind().operators());
        ObjectNode condition = NODES.objectNode().put("field", field.wireName()).put("op", op.wireName());
        if (op == Operator.EXISTS) {
            return condition.put("value", random.nextBoolean());
        }
        switch (field.kind()) {
            case CHOICE:
                return op == Operator.IN || op == Operator.NOT_IN
                        ? condition.set(
                                "value", NODES.arrayNode().add(choice(field)).add(choice(field)))
                        : condition.put("value", choice(field));
            case TEXT:
                if (op == Operator.CONTAINS) {
                    return condition.put("value", pick(List.of("a", "d", "-", "B", "twitter", "m")));
                }
                return op == Operator.IN || op == Operator.NOT_IN
                        ? condition.set(
                                "value", NODES.arrayNode().add(pick(TEXTS)).add(pick(TEXTS)))
                        : condition.put("value", pick(TEXTS));
            case WHOLE:
                long whole = random.nextBoolean()
                        ? pick(List.of(0L, 1L, 2L, 3L, 1000L, 2000L))
                        : field == Field.FOLLOWERS ? sample.followers : sample.mentionCount;
                return condition.put("value", whole);
            case DECIMAL:
                double decimal = random.nextBoolean() ? pick(SENTIMENTS) : sample.averageSentiment();
                return condition.put("value", decimal);
            case TIME:
                return condition.put("value", 1 + random.nextInt(120));
            default:
                throw new IllegalStateException();
        }
    }

    private String choice(Field field) {
        switch (field) {
            case CATEGORY:
                return pick(List.of(Category.values())).wireName();
            case FOUR_A:
                return pick(List.of(FourA.values())).wireName();
            default:
                return pick(List.of(Stage.values())).wireName();
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
