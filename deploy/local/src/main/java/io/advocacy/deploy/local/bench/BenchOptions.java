package io.advocacy.deploy.local.bench;

import java.util.List;

/**
 * What one benchmark run does; parsed from {@code deploy/local/benchmark}'s arguments.
 *
 * @param rate the fixed arrival rate of the steady phase, mentions a second
 * @param seconds how long the steady phase sends
 * @param max whether a max-rate phase follows, stepping the rate up until the platform falls behind
 * @param maxStart the max phase's first rate
 * @param maxStep how much each step adds to the rate
 * @param stepSeconds how long each step sends
 * @param baselineSeconds how long each baseline (Kafka producer, PostgreSQL inserts) runs
 * @param baselines whether to measure the baselines at all
 * @param drainSeconds the longest wait after a phase for its events to arrive
 */
public record BenchOptions(
        int rate,
        int seconds,
        boolean max,
        int maxStart,
        int maxStep,
        int stepSeconds,
        int baselineSeconds,
        boolean baselines,
        int drainSeconds) {

    public static final String USAGE = """
            Usage: deploy/local/benchmark [--rate 200] [--seconds 30] [--max] [--max-start 400] [--max-step 200]
                                          [--step-seconds 20] [--baseline-seconds 10] [--no-baselines] [--drain-seconds 60]
              Runs against the stack that deploy/local/start runs (reads its stack.env).
              --rate N            the steady phase's fixed arrival rate, mentions a second (open model)
              --seconds N         how long the steady phase sends
              --max               then step the rate up from --max-start by --max-step until the platform falls behind
              --step-seconds N    how long each step of the max phase sends
              --baseline-seconds N  how long the Kafka producer and the PostgreSQL insert baselines each run
              --no-baselines      skip the baselines
              --drain-seconds N   the longest wait after a phase for its advocate updates and badges
            """;

    public static BenchOptions defaults() {
        return new BenchOptions(200, 30, false, 400, 200, 20, 10, true, 60);
    }

    /** Parses the arguments; an unknown option or a value that is not a positive number is an error naming it. */
    public static BenchOptions parse(List<String> args) {
        BenchOptions o = defaults();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--max" -> o = o.with(o.rate, o.seconds, true, o.baselines);
                case "--no-baselines" -> o = o.with(o.rate, o.seconds, o.max, false);
                case "--rate",
                        "--seconds",
                        "--max-start",
                        "--max-step",
                        "--step-seconds",
                        "--baseline-seconds",
                        "--drain-seconds" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(option + " needs a number");
                    }
                    o = o.set(option, positive(option, args.get(++i)));
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return o;
    }

    private BenchOptions with(int rate, int seconds, boolean max, boolean baselines) {
        return new BenchOptions(
                rate, seconds, max, maxStart, maxStep, stepSeconds, baselineSeconds, baselines, drainSeconds);
    }

    private BenchOptions set(String option, int value) {
        return switch (option) {
            case "--rate" -> with(value, seconds, max, baselines);
            case "--seconds" -> with(rate, value, max, baselines);
            case "--max-start" ->
                new BenchOptions(
                        rate, seconds, max, value, maxStep, stepSeconds, baselineSeconds, baselines, drainSeconds);
            case "--max-step" ->
                new BenchOptions(
                        rate, seconds, max, maxStart, value, stepSeconds, baselineSeconds, baselines, drainSeconds);
            case "--step-seconds" ->
                new BenchOptions(
                        rate, seconds, max, maxStart, maxStep, value, baselineSeconds, baselines, drainSeconds);
            case "--baseline-seconds" ->
                new BenchOptions(rate, seconds, max, maxStart, maxStep, stepSeconds, value, baselines, drainSeconds);
            default ->
                new BenchOptions(rate, seconds, max, maxStart, maxStep, stepSeconds, baselineSeconds, baselines, value);
        };
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " " + value + " is not a positive whole number");
    }
}
