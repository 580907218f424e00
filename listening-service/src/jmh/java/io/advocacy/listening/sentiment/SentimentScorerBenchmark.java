package io.advocacy.listening.sentiment;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How many short posts the scorer handles per second on one thread: each invocation scores the 2,100 posts of the
 * development set, so the score JMH prints (ops/s) is posts per second. Run with {@code ./mvnw -B -pl
 * listening-service -Pbenchmark process-test-classes} from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SentimentScorerBenchmark {

    private static final int POSTS = 2100;

    private SentimentScorer scorer;
    private String[] posts;

    @Setup
    public void setUp() {
        scorer = new SentimentScorer();
        posts = RatedPosts.development().texts();
        if (posts.length != POSTS) {
            throw new IllegalStateException("Expected " + POSTS + " posts, read " + posts.length);
        }
    }

    @Benchmark
    @OperationsPerInvocation(POSTS)
    public void scorePosts(Blackhole blackhole) {
        for (String post : posts) {
            blackhole.consume(scorer.score(post));
        }
    }
}
