package io.advocacy.deploy.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Once a second: each service's resident memory and CPU time from {@code /proc/<pid>/status} and {@code /proc/<pid>/stat}
 * (the services found by their command line, {@code <service>/target/quarkus-app/quarkus-run.jar}), and each consumer
 * group's lag (committed offsets against the partitions' ends, through Kafka's Admin API).
 */
final class Sampler implements AutoCloseable {

    /** One second's readings: RSS in MB and CPU in % of one core per service, lag per consumer group. */
    record Sample(
            long atMillis, String phase, Map<String, Long> rssMb, Map<String, Double> cpu, Map<String, Long> lag) {}

    /** Linux's USER_HZ, the unit of /proc/<pid>/stat's times, on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> pids;
    private final Admin admin;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> lastTicks = new HashMap<>();
    private final Thread thread;
    private volatile String phase = "idle";
    private volatile boolean running = true;
    private long lastAt;

    Sampler(String bootstrap, List<String> services) {
        this.pids = findServices(services);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
        thread = new Thread(this::loop, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Each service's process id, by its packaged application in its command line. */
    static Map<String, Long> findServices(List<String> services) {
        Map<String, Long> found = new LinkedHashMap<>();
        ProcessHandle.allProcesses().forEach(p -> {
            String line = p.info().commandLine().orElse("");
            for (String service : services) {
                if (line.contains(service + "/target/quarkus-app/quarkus-run.jar")) {
                    found.put(service, p.pid());
                }
            }
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        services.forEach(s -> Optional.ofNullable(found.get(s)).ifPresent(pid -> ordered.put(s, pid)));
        return ordered;
    }

    Map<String, Long> pids() {
        return pids;
    }

    void phase(String name) {
        this.phase = name;
    }

    /** The latest total lag over every consumer group, or -1 before the first reading. */
    long totalLag() {
        synchronized (samples) {
            return samples.isEmpty()
                    ? -1
                    : samples.get(samples.size() - 1).lag().values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
        }
    }

    /** The latest lag of the group furthest behind, or 0 before the first reading. */
    long maxGroupLag() {
        synchronized (samples) {
            return samples.isEmpty()
                    ? 0
                    : samples.get(samples.size() - 1).lag().values().stream()
                            .mapToLong(Long::longValue)
                            .max()
                            .orElse(0);
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void loop() {
        while (running) {
            long begin = System.currentTimeMillis();
            try {
                samples.add(take());
            } catch (RuntimeException e) {
                // a missed second is a gap in the series, not a reason to stop
            }
            long rest = 1000 - (System.currentTimeMillis() - begin);
            if (rest > 0) {
                try {
                    Thread.sleep(rest);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Sample take() {
        long now = System.currentTimeMillis();
        double elapsed = lastAt == 0 ? 0 : (now - lastAt) / 1000.0;
        Map<String, Long> rss = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((service, pid) -> {
            rss.put(service, rssKb(pid) / 1024);
            long ticks = cpuTicks(pid);
            Long before = lastTicks.put(service, ticks);
            if (before != null && elapsed > 0 && ticks >= before) {
                cpu.put(service, 100 * (ticks - before) / TICKS_PER_SECOND / elapsed);
            }
        });
        lastAt = now;
        return new Sample(now, phase, rss, cpu, lag());
    }

    private Map<String, Long> lag() {
        try {
            Map<String, Long> lag = new TreeMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
                long total = 0;
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        total += Math.max(
                                0,
                                ends.get(entry.getKey()).offset()
                                        - entry.getValue().offset());
                    }
                }
                lag.put(group.groupId(), total);
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (Exception e) {
            return Map.of();
        }
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended
        }
        return 0;
    }

    /** utime + stime, fields 14 and 15 of /proc/<pid>/stat, counted after the command name's closing parenthesis. */
    static long cpuTicks(long pid) {
        try {
            return ticksOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            return 0;
        }
    }

    static long ticksOf(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state), so utime (14) is fields[11] and stime (15) fields[12]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close();
    }
}
