package io.advocacy.deploy.local.bench;

import org.HdrHistogram.Histogram;

/**
 * Latencies in milliseconds, recorded into an HdrHistogram (1 ms to 10 min, three significant digits), summarised as
 * p50, p95, p99 and max.
 */
public final class Latency {

    private final Histogram histogram = new Histogram(1, 600_000, 3);

    /** Records one latency; below 1 ms counts as 1 ms, above ten minutes as ten minutes. */
    public synchronized void record(long millis) {
        histogram.recordValue(Math.max(1, Math.min(600_000, millis)));
    }

    public synchronized long count() {
        return histogram.getTotalCount();
    }

    public synchronized long percentile(double p) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(p);
    }

    public synchronized long max() {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getMaxValue();
    }

    /** {@code p50 / p95 / p99 ms (n)}, or a dash when nothing was recorded. */
    public synchronized String summary() {
        if (histogram.getTotalCount() == 0) {
            return "-";
        }
        return percentile(50) + " / " + percentile(95) + " / " + percentile(99) + " ms (n=" + histogram.getTotalCount()
                + ")";
    }
}
