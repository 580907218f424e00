package io.advocacy.advocate.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.segment.rule.Rule;
import io.advocacy.advocate.segment.rule.RuleParser;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the in-memory evaluation of one changed profile takes: against one nested rule, and against 50 segments
 * (what a profile change costs in CPU when a programme has 50 segments). Run with
 * {@code ./mvnw -B -pl advocate-service -Pbenchmark verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SegmentEvaluationBenchmark {

    /** Eight conditions over choices, counts, the mean, text and time, nested three deep. */
    static final String NESTED_RULE = """
            {"all": [
                {"field": "platform", "op": "in", "value": ["twitter", "blog"]},
                {"any": [
                    {"field": "category", "op": "in", "value": ["social-advocate", "strong-advocate"]},
                    {"all": [
                        {"field": "followers", "op": "gte", "value": 1000},
                        {"field": "averageSentiment", "op": "gt", "value": 0.05},
                        {"not": {"field": "stage", "op": "eq", "value": "alumni"}}
                    ]}
                ]},
                {"field": "lastMentionAt", "op": "withinDays", "value": 60},
                {"field": "handle", "op": "contains", "value": "7"},
                {"field": "mentionCount", "op": "gte", "value": 2}
            ]}
            """;

    private final List<Advocate> profiles = new ArrayList<>();
    private final List<Rule> segments = new ArrayList<>();
    private Rule nested;
    private OffsetDateTime now;
    private int next;

    @Setup
    public void setUp() throws Exception {
        ObjectMapper json = new ObjectMapper();
        nested = RuleParser.parse(json.readTree(NESTED_RULE), "rule");
        for (int i = 0; i < 50; i++) {
            segments.add(RuleParser.parse(json.readTree(NESTED_RULE.replace("\"7\"", "\"" + i + "\"")), "rule"));
        }
        now = OffsetDateTime.now(ZoneOffset.UTC);
        Random random = new Random(42);
        for (int i = 0; i < 4096; i++) {
            Advocate a = new Advocate();
            a.id = UUID.randomUUID();
            a.platform = random.nextBoolean() ? "twitter" : "forum";
            a.handle = "person-" + random.nextInt(100_000);
            a.authorKey = a.platform + ":" + a.handle;
            a.followers = random.nextInt(5000);
            a.stage = Stage.values()[random.nextInt(Stage.values().length)];
            a.category = Category.values()[random.nextInt(Category.values().length)];
            a.mentionCount = 1 + random.nextInt(20);
            a.sentimentSum = (random.nextDouble() * 2 - 1) * a.mentionCount;
            a.lastMentionAt = now.minusDays(random.nextInt(120));
            a.discoveredAt = a.lastMentionAt.minusDays(random.nextInt(365));
            profiles.add(a);
        }
    }

    private Advocate nextProfile() {
        next = (next + 1) & 4095;
        return profiles.get(next);
    }

    @Benchmark
    public boolean oneProfileAgainstOneNestedRule() {
        return nested.matches(nextProfile(), now);
    }

    @Benchmark
    public int oneProfileAgainstFiftySegments() {
        Advocate profile = nextProfile();
        int met = 0;
        for (Rule rule : segments) {
            if (rule.matches(profile, now)) {
                met++;
            }
        }
        return met;
    }
}
