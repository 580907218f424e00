package io.advocacy.deploy.local.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The run's results as markdown tables, to be read in the terminal and pasted into the README. */
final class Report {

    /** Most rows of the consumer-lag series; longer runs are thinned to every n-th second. */
    static final int LAG_ROWS = 30;

    /** One consumer group's lag, in seconds' worth of mentions, past which a step does not keep up. */
    static final long LAG_SECONDS = 30;

    final BenchOptions options;
    final Machine machine;
    final List<Baselines.Baseline> baselines = new ArrayList<>();
    Map<String, String> readyIn = Map.of();
    Sampler sampler;
    LoadPhase steady;
    List<LoadPhase> maxSteps = List.of();

    Report(BenchOptions options, Machine machine) {
        this.options = options;
        this.machine = machine;
    }

    /**
     * Why a phase or step did not keep up, or null when it did, judged when its last mention was sent: the generator
     * could not send at 95% of the rate, more than 1% of the requests failed or were refused (429, 503, ...), fewer
     * than 90% of the answers took the mention as new (so it did not flow on to the other services), more than two
     * seconds' worth of mentions are in flight (unanswered, or answered and still without their advocate update: by
     * Little's law, ingestion to update takes more than 2 s), or one consumer group's lag exceeds {@link #LAG_SECONDS} seconds' worth of mentions (looser, as one
     * mention makes several records and consumers commit their offsets in batches, every few seconds).
     */
    static String fallsBehind(
            int rate,
            double sendRate,
            long sent,
            long answered,
            long accepted,
            long errors,
            long waiting,
            long groupLag) {
        if (sendRate < 0.95 * rate) {
            return String.format(Locale.ROOT, "sent only %.0f/s", sendRate);
        }
        if (sent > 0 && errors * 100 > sent) {
            return String.format(Locale.ROOT, "%d of %d requests failed or were refused", errors, sent);
        }
        if (accepted * 10 < answered * 9) {
            return String.format(
                    Locale.ROOT, "only %d of %d answers took the mention as new (201)", accepted, answered);
        }
        long inFlight = sent - answered + waiting;
        if (inFlight > 2L * rate) {
            return inFlight + " mentions unanswered or without their advocate update (more than 2 s behind)";
        }
        if (groupLag > LAG_SECONDS * rate) {
            return "a consumer group's lag is " + groupLag + " (more than " + LAG_SECONDS + " s of mentions)";
        }
        return null;
    }

    /** The highest step that was sustained, or null. */
    LoadPhase bestStep() {
        LoadPhase best = null;
        for (LoadPhase step : maxSteps) {
            if ("sustained".equals(step.verdict)) {
                best = step;
            }
        }
        return best;
    }

    String render() {
        StringBuilder text = new StringBuilder("## Benchmark result\n\n");
        text.append(machine.line()).append(".\n");
        text.append("Command: deploy/local/benchmark --rate ")
                .append(options.rate())
                .append(" --seconds ")
                .append(options.seconds());
        if (options.max()) {
            text.append(" --max --max-start ")
                    .append(options.maxStart())
                    .append(" --max-step ")
                    .append(options.maxStep())
                    .append(" --step-seconds ")
                    .append(options.stepSeconds());
        }
        text.append(options.baselines() ? " --baseline-seconds " + options.baselineSeconds() : " --no-baselines")
                .append("\n\n");
        text.append(throughput()).append('\n');
        text.append(phases()).append('\n');
        text.append(services()).append('\n');
        text.append(lag());
        return text.toString();
    }

    private String throughput() {
        MarkdownTable table = new MarkdownTable("what", "per second", "how");
        baselines.forEach(b -> table.row(b.what(), String.format(Locale.ROOT, "%,.0f", b.perSecond()), b.how()));
        LoadPhase best = bestStep();
        double sustained;
        String how;
        if (best != null) {
            sustained = best.acceptedRate();
            how = "the highest step of the max phase that kept up (" + best.rate
                    + "/s offered): mentions taken as new per second, with the platform at most 2 s behind at its end";
        } else if (steady != null && !options.max() && "kept up".equals(steady.verdict)) {
            sustained = steady.acceptedRate();
            how = "the steady phase (no --max run), which kept up: mentions taken as new per second";
        } else if (steady != null && !options.max()) {
            sustained = steady.completedRate();
            how = "the steady phase (no --max run) did not keep up: mentions with their advocate update per second";
        } else {
            sustained = 0;
            how = "no step of the max phase kept up";
        }
        table.row("mentions through all four services, sustained", String.format(Locale.ROOT, "%,.0f", sustained), how);
        for (Baselines.Baseline b : baselines) {
            table.row(
                    "ratio to " + b.what(),
                    b.perSecond() > 0 ? String.format(Locale.ROOT, "%.3f", sustained / b.perSecond()) : "-",
                    "sustained mentions / baseline");
        }
        return table.toString();
    }

    private String phases() {
        MarkdownTable table = new MarkdownTable(
                "phase",
                "offered /s",
                "sent /s",
                "answers",
                "HTTP answer p50 / p95 / p99",
                "ingestion -> advocate update p50 / p95 / p99",
                "ingestion -> badge p50 / p95 / p99",
                "ingestion -> badge on Kafka p50 / p95 / p99",
                "completed /s",
                "verdict");
        List<LoadPhase> all = new ArrayList<>();
        if (steady != null) {
            all.add(steady);
        }
        all.addAll(maxSteps);
        for (LoadPhase p : all) {
            table.row(
                    p.name,
                    p.rate,
                    String.format(Locale.ROOT, "%.0f", p.sendRate()),
                    p.statusSummary(),
                    p.http.summary(),
                    p.toUpdate.summary(),
                    p.toBadge.summary(),
                    p.toBadgeOnKafka.summary(),
                    String.format(Locale.ROOT, "%.0f", p.completedRate()),
                    p.verdict == null ? "" : p.verdict);
        }
        return table.toString();
    }

    private String services() {
        List<String> phaseNames = new ArrayList<>();
        phaseNames.add("idle");
        if (steady != null) {
            phaseNames.add(steady.name);
        }
        if (!maxSteps.isEmpty()) {
            phaseNames.add("max");
        }
        List<String> header = new ArrayList<>(List.of("service", "ready in"));
        phaseNames.forEach(p -> {
            header.add(p + ": RSS max MB");
            header.add(p + ": CPU % of a core");
        });
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        List<Sampler.Sample> samples = sampler == null ? List.of() : sampler.samples();
        for (String service : Benchmark.SERVICES) {
            List<Object> row = new ArrayList<>();
            row.add(service);
            row.add(readyIn.getOrDefault(service, "not logged"));
            for (String phase : phaseNames) {
                Predicate<Sampler.Sample> in = phase.equals("max")
                        ? s -> s.phase().startsWith("max ") && !s.phase().equals("max drain")
                        : s -> s.phase().equals(phase);
                row.add(rssMax(samples, in, service));
                row.add(cpuAverage(samples, in, service));
            }
            table.row(row.toArray());
        }
        return table + "\n" + "CPU is the service's share of one core (" + machine.cores()
                + " cores: " + machine.cores() * 100 + "% is the whole machine), averaged over the phase's seconds;"
                + " \"ready in\" is Quarkus's own start-up time from the service's log.\n";
    }

    static String rssMax(List<Sampler.Sample> samples, Predicate<Sampler.Sample> in, String service) {
        return samples.stream()
                .filter(in)
                .map(s -> s.rssMb().get(service))
                .filter(v -> v != null && v > 0)
                .mapToLong(Long::longValue)
                .max()
                .stream()
                .mapToObj(Long::toString)
                .findFirst()
                .orElse("-");
    }

    static String cpuAverage(List<Sampler.Sample> samples, Predicate<Sampler.Sample> in, String service) {
        return samples.stream()
                .filter(in)
                .map(s -> s.cpu().get(service))
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .average()
                .stream()
                .mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                .findFirst()
                .orElse("-");
    }

    private String lag() {
        List<Sampler.Sample> samples = sampler == null ? List.of() : sampler.samples();
        return lagTable(samples)
                + "\nConsumer lag: records each consumer group has yet to process, sampled each second.\n";
    }

    /** The consumer lag per group over time, thinned to at most {@link #LAG_ROWS} rows. */
    static String lagTable(List<Sampler.Sample> samples) {
        List<Sampler.Sample> load = samples.stream()
                .filter(s -> !s.phase().startsWith("baseline") && !s.phase().equals("done"))
                .toList();
        Set<String> groups = new LinkedHashSet<>();
        load.forEach(s -> groups.addAll(s.lag().keySet()));
        List<String> header = new ArrayList<>(List.of("s", "phase"));
        header.addAll(groups);
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        if (load.isEmpty()) {
            return table.toString();
        }
        long start = load.get(0).atMillis();
        int every = Math.max(1, (load.size() + LAG_ROWS - 1) / LAG_ROWS);
        for (int i = 0; i < load.size(); i++) {
            Sampler.Sample s = load.get(i);
            boolean phaseEnds = i + 1 < load.size() && !load.get(i + 1).phase().equals(s.phase());
            boolean phaseStarts = i > 0 && !load.get(i - 1).phase().equals(s.phase());
            if (i % every != 0 && i != load.size() - 1 && !phaseEnds && !phaseStarts) {
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("s", (s.atMillis() - start) / 1000);
            cells.put("phase", s.phase());
            groups.forEach(g -> cells.put(g, s.lag().containsKey(g) ? s.lag().get(g) : "-"));
            table.row(cells.values().toArray());
        }
        return table.toString();
    }
}
