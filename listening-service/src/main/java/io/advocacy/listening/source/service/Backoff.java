package io.advocacy.listening.source.service;

import java.time.Duration;

/** How long a failing source waits before its next poll: its interval doubled per consecutive failure, capped. */
public final class Backoff {

    private Backoff() {}

    /**
     * The wait before the next poll.
     *
     * @param interval the source's poll interval
     * @param failures consecutive failures so far, this one included
     * @param max the longest wait; a source never waits less than its interval
     */
    public static Duration after(Duration interval, int failures, Duration max) {
        if (failures <= 0) {
            return interval;
        }
        Duration doubled = interval.multipliedBy(1L << Math.min(failures, 16));
        Duration cap = max.compareTo(interval) > 0 ? max : interval;
        return doubled.compareTo(cap) > 0 ? cap : doubled;
    }
}
