package io.advocacy.deploy.local.bench;

import io.advocacy.deploy.local.DemoProgramme;
import io.advocacy.deploy.local.StackInfo;
import io.advocacy.deploy.local.Tokens;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command behind {@code deploy/local/benchmark}: against the running local stack, measures Kafka's and
 * PostgreSQL's own rates first, then drives realistic mentions through {@code POST /mentions} at a fixed rate (and, with
 * {@code --max}, at rising rates until the platform falls behind), and prints a markdown table of the results.
 */
public final class Benchmark {

    static final List<String> SERVICES =
            List.of("listening-service", "advocate-service", "interaction-service", "recognition-service");
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private final BenchOptions options;
    private final StackEnv env;
    private final PrintStream out;
    private final String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    private final MentionMix mix;

    private Benchmark(BenchOptions options, StackEnv env, PrintStream out) {
        this.options = options;
        this.env = env;
        this.out = out;
        // Each run its own texts: the same text again within 7 days would be taken as a near-duplicate.
        this.mix = new MentionMix(System.currentTimeMillis(), run);
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.print(BenchOptions.USAGE);
                return;
            }
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.print(e.getMessage() + "\n" + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("advocacy.project-root", "."))
                .toAbsolutePath()
                .normalize();
        String stateDir = System.getenv("ADVOCACY_STACK_DIR");
        Path envFile = (stateDir == null || stateDir.isBlank() ? root.resolve(".stack") : Path.of(stateDir))
                .resolve("stack.env");
        try {
            StackEnv env = StackEnv.read(envFile);
            new Benchmark(options, env, System.out).run();
        } catch (IllegalStateException e) {
            System.err.println("\nThe benchmark did not run: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() {
        String listening = env.serviceUrl("listening-service");
        checkRunning(listening);
        String bootstrap = env.get("ADVOCACY_KAFKA_BOOTSTRAP_SERVERS");
        Report report = new Report(options, Machine.describe());
        report.readyIn = readyIn(Path.of(env.get("ADVOCACY_LOGS")));
        int recordBytes = averageBodySize();

        try (Sampler sampler = new Sampler(bootstrap, SERVICES)) {
            report.sampler = sampler;
            sleep(2500); // the idle figures: CPU needs two readings
            if (sampler.pids().size() < SERVICES.size()) {
                out.println("Note: found the processes of " + sampler.pids().keySet()
                        + " only; the others' memory and CPU are not measured.");
            }
            if (options.baselines()) {
                out.println("Baselines (the platform idle):");
                sampler.phase("baseline kafka");
                report.baselines.add(Baselines.kafka(bootstrap, recordBytes, options.baselineSeconds(), run, out));
                sampler.phase("baseline postgres");
                report.baselines.add(
                        Baselines.postgres(env.postgresPort(), recordBytes, options.baselineSeconds(), out));
            }
            sampler.phase("idle");
            DemoProgramme.ensureQuery(new StackInfo(
                    bootstrap,
                    env.get("ADVOCACY_POSTGRES_URL"),
                    env.get("ADVOCACY_KEYCLOAK_URL"),
                    env.get("ADVOCACY_REALM"),
                    Map.of("listening-service", listening),
                    Path.of(env.get("ADVOCACY_LOGS"))));
            ExecutorService callbacks = Executors.newFixedThreadPool(4);
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(callbacks)
                    .build();
            try (EventWatcher watcher = new EventWatcher(bootstrap)) {
                String mentions = listening + "/mentions";
                LoadPhase steady = new LoadPhase("steady", options.rate(), options.seconds());
                sampler.phase(steady.name);
                out.printf("%nSteady phase: %d mentions/s for %d s (open model)%n", steady.rate, steady.seconds);
                steady.run(client, mentions, this::token, mix, () -> progress(steady, watcher, sampler));
                String behind = Report.fallsBehind(
                        steady.rate,
                        steady.sendRate(),
                        steady.sent.get(),
                        steady.answered.get(),
                        steady.accepted.size(),
                        steady.errors(),
                        steady.waitingForUpdate(watcher.updates),
                        sampler.maxGroupLag());
                steady.verdict = behind == null ? "kept up" : behind;
                sampler.phase("steady drain");
                drain(List.of(steady), watcher, sampler);
                steady.match(watcher.updates, watcher.badges, watcher.badgesOnKafka);
                report.steady = steady;
                if (options.max()) {
                    maxPhase(client, mentions, watcher, sampler, report);
                }
                watcher.check();
            } finally {
                callbacks.shutdownNow();
            }
            sampler.phase("done");
        }
        out.println();
        out.print(report.render());
    }

    /** A fresh token of the demo integrator; taken again each minute, so none expires during a long run. */
    private String token() {
        return new Tokens(env.get("ADVOCACY_TOKEN_URL"))
                .clientCredentials(env.get("ADVOCACY_CLIENT_ID"), env.get("ADVOCACY_CLIENT_SECRET"));
    }

    private void maxPhase(HttpClient client, String mentions, EventWatcher watcher, Sampler sampler, Report report) {
        out.printf(
                "%nMax phase: from %d mentions/s, %d more each %d s, until the platform falls behind%n",
                options.maxStart(), options.maxStep(), options.stepSeconds());
        List<LoadPhase> steps = new ArrayList<>();
        for (int rate = options.maxStart(); ; rate += options.maxStep()) {
            LoadPhase step = new LoadPhase("max " + rate + "/s", rate, options.stepSeconds());
            steps.add(step);
            sampler.phase(step.name);
            out.printf("  step %d/s%n", rate);
            step.run(client, mentions, this::token, mix, () -> progress(step, watcher, sampler));
            long waiting = steps.stream()
                    .mapToLong(s -> s.waitingForUpdate(watcher.updates))
                    .sum();
            String behind = Report.fallsBehind(
                    rate,
                    step.sendRate(),
                    step.sent.get(),
                    step.answered.get(),
                    step.accepted.size(),
                    step.errors(),
                    waiting,
                    sampler.maxGroupLag());
            if (behind != null) {
                step.verdict = behind;
                out.printf("  %d/s is not sustained: %s%n", rate, behind);
                break;
            }
            step.verdict = "sustained";
            if (steps.size() >= 50) {
                break;
            }
        }
        sampler.phase("max drain");
        drain(steps, watcher, sampler);
        steps.forEach(s -> s.match(watcher.updates, watcher.badges, watcher.badgesOnKafka));
        report.maxSteps = steps;
    }

    /** Waits until every accepted mention has its advocate update and the consumers caught up, or the time is up. */
    private void drain(List<LoadPhase> phases, EventWatcher watcher, Sampler sampler) {
        long deadline = System.currentTimeMillis() + options.drainSeconds() * 1000L;
        long waiting = Long.MAX_VALUE;
        while (System.currentTimeMillis() < deadline) {
            watcher.check();
            boolean answered = phases.stream().allMatch(p -> p.answered.get() >= p.sent.get());
            waiting = phases.stream()
                    .mapToLong(p -> p.waitingForUpdate(watcher.updates))
                    .sum();
            if (answered && waiting == 0 && sampler.totalLag() == 0) {
                sleep(1500); // the badges follow the updates by one more hop
                return;
            }
            sleep(1000);
            out.printf(
                    "  draining: %d mentions wait for their advocate update, consumer lag %d%n",
                    waiting, sampler.totalLag());
        }
        out.printf(
                "  stopped waiting after %d s with %d mentions still without an update%n",
                options.drainSeconds(), waiting);
    }

    private void progress(LoadPhase phase, EventWatcher watcher, Sampler sampler) {
        out.printf(
                "  %3d s  sent %,d  answered %,d  accepted %,d  errors %,d  updated %,d  lag %,d%n",
                (System.currentTimeMillis() - phase.startMillis) / 1000,
                phase.sent.get(),
                phase.answered.get(),
                phase.accepted.size(),
                phase.errors(),
                phase.accepted.size() - phase.waitingForUpdate(watcher.updates),
                sampler.totalLag());
    }

    private void checkRunning(String listening) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(listening + "/q/health/ready"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("listening-service at " + listening + " is not ready ("
                        + response.statusCode() + "): wait for it, or restart the stack with deploy/local/start");
            }
        } catch (IOException e) {
            throw new IllegalStateException("No running stack: listening-service does not answer at " + listening
                    + " (from " + env.file() + "); " + StackEnv.START_IT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each service's Quarkus start-up time, from the last "started in" line of its log; absent when not logged. */
    static Map<String, String> readyIn(Path logs) {
        Map<String, String> ready = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path log = logs.resolve(service + ".log");
            try {
                if (Files.isRegularFile(log)) {
                    String last = null;
                    for (String line : Files.readAllLines(log)) {
                        Matcher m = STARTED_IN.matcher(line);
                        if (m.find()) {
                            last = m.group(1);
                        }
                    }
                    if (last != null) {
                        ready.put(service, last + " s");
                    }
                }
            } catch (IOException | RuntimeException e) {
                // leave it out
            }
        }
        return ready;
    }

    private int averageBodySize() {
        MentionMix sample = new MentionMix(7, "size");
        long total = 0;
        for (int i = 0; i < 200; i++) {
            total += sample.next(Instant.now()).json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return (int) (total / 200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
