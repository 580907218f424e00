package io.advocacy.advocate.segment.rule;

import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A profile field a segment rule can test, with its name in the rule, the SQL expression over the {@code advocate}
 * table that reads it, and the same reading in memory. The two readings must agree for every profile.
 */
public enum Field {
    CATEGORY("category", Kind.CHOICE, "category"),
    FOUR_A("fourA", Kind.CHOICE, "category"),
    STAGE("stage", Kind.CHOICE, "stage"),
    PLATFORM("platform", Kind.TEXT, "platform"),
    HANDLE("handle", Kind.TEXT, "handle"),
    DISPLAY_NAME("displayName", Kind.TEXT, "display_name"),
    AUTHOR_KEY("authorKey", Kind.TEXT, "author_key"),
    MANAGER("manager", Kind.TEXT, "manager"),
    FOLLOWERS("followers", Kind.WHOLE, "followers"),
    MENTION_COUNT("mentionCount", Kind.WHOLE, "mention_count"),
    POSITIVE_MENTIONS("positiveMentions", Kind.WHOLE, "positive_mentions"),
    NEGATIVE_MENTIONS("negativeMentions", Kind.WHOLE, "negative_mentions"),
    // The mean as the profile computes it (Advocate.averageSentiment), unrounded: float8 division, like Java's.
    AVERAGE_SENTIMENT(
            "averageSentiment",
            Kind.DECIMAL,
            "(case when mention_count = 0 then 0::float8 else sentiment_sum / mention_count end)"),
    LAST_MENTION_AT("lastMentionAt", Kind.TIME, "last_mention_at"),
    DISCOVERED_AT("discoveredAt", Kind.TIME, "discovered_at");

    /** What sort of value a field holds, which decides the operators it takes. */
    public enum Kind {
        /** One of a fixed set of names: category, four A's, stage. */
        CHOICE(List.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN)),
        /** Free text, possibly absent. */
        TEXT(List.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN, Operator.CONTAINS, Operator.EXISTS)),
        /** A whole number. */
        WHOLE(List.of(Operator.EQ, Operator.NE, Operator.GT, Operator.GTE, Operator.LT, Operator.LTE)),
        /** A real number; equality is not offered for it. */
        DECIMAL(List.of(Operator.GT, Operator.GTE, Operator.LT, Operator.LTE)),
        /** A point in time, tested relative to the moment of evaluation. */
        TIME(List.of(Operator.WITHIN_DAYS, Operator.NOT_WITHIN_DAYS, Operator.EXISTS));

        private final List<Operator> operators;

        Kind(List<Operator> operators) {
            this.operators = operators;
        }

        public List<Operator> operators() {
            return operators;
        }
    }

    private static final Map<String, Field> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(Field::wireName, Function.identity()));

    private final String wireName;
    private final Kind kind;
    private final String sql;

    Field(String wireName, Kind kind, String sql) {
        this.wireName = wireName;
        this.kind = kind;
        this.sql = sql;
    }

    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    /** The SQL expression that reads the field from a row of {@code advocate}. */
    String sql() {
        return sql;
    }

    /** The field by its name in a rule, or null. */
    public static Field byWireName(String name) {
        return BY_NAME.get(name);
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(Field::wireName).toList();
    }

    /** The stored text of a CHOICE or TEXT field, as the column holds it (enum names for choices), or null. */
    String text(Advocate a) {
        switch (this) {
            case CATEGORY:
            case FOUR_A:
                return a.category.name();
            case STAGE:
                return a.stage.name();
            case PLATFORM:
                return a.platform;
            case HANDLE:
                return a.handle;
            case DISPLAY_NAME:
                return a.displayName;
            case AUTHOR_KEY:
                return a.authorKey;
            case MANAGER:
                return a.manager;
            default:
                throw new IllegalStateException(wireName + " is not text");
        }
    }

    long whole(Advocate a) {
        switch (this) {
            case FOLLOWERS:
                return a.followers;
            case MENTION_COUNT:
                return a.mentionCount;
            case POSITIVE_MENTIONS:
                return a.positiveMentions;
            case NEGATIVE_MENTIONS:
                return a.negativeMentions;
            default:
                throw new IllegalStateException(wireName + " is not a whole number");
        }
    }

    double decimal(Advocate a) {
        if (this != AVERAGE_SENTIMENT) {
            throw new IllegalStateException(wireName + " is not a real number");
        }
        return a.averageSentiment();
    }

    OffsetDateTime time(Advocate a) {
        switch (this) {
            case LAST_MENTION_AT:
                return a.lastMentionAt;
            case DISCOVERED_AT:
                return a.discoveredAt;
            default:
                throw new IllegalStateException(wireName + " is not a time");
        }
    }
}
