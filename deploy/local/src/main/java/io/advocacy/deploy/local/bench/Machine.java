package io.advocacy.deploy.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The date and the machine a result was measured on, from /proc. */
record Machine(String date, int cores, String cpu, double memoryGb, String loadAverage) {

    static Machine describe() {
        String cpu = "unknown CPU";
        double memoryGb = 0;
        String load = "?";
        try {
            List<String> cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
            cpu = cpuinfo.stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
            memoryGb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                            .filter(l -> l.startsWith("MemTotal:"))
                            .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                            .findFirst()
                            .orElse(0)
                    / 1024.0
                    / 1024.0;
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // described as unknown
        }
        return new Machine(
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memoryGb,
                load);
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "%s on %d cores (%s), %.1f GB RAM; load average %s when it started",
                date,
                cores,
                cpu,
                memoryGb,
                loadAverage);
    }
}
