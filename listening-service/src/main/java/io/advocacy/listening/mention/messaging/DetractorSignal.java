package io.advocacy.listening.mention.messaging;

import java.util.List;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.mention.detractor-signal.v1} on {@code advocacy.mentions}: a negative mention came from
 * an author whose reach makes it matter now (keyed by the author key), or negative volume about a programme spiked
 * above its recent baseline (keyed {@code programme:<name>}; the mention is the one that tipped it).
 *
 * @param reason why this is a signal, in words
 * @param kind {@code high-reach-negative} or {@code negative-volume-spike}
 */
public record DetractorSignal(
        UUID mentionId,
        String authorKey,
        int authorReach,
        double sentiment,
        String url,
        List<String> programmes,
        String reason,
        String kind) {

    /** A clearly negative mention from an author with reach. */
    public static final String HIGH_REACH_NEGATIVE = "high-reach-negative";

    /** Negative mentions of a programme spiking above their recent hourly baseline. */
    public static final String NEGATIVE_VOLUME_SPIKE = "negative-volume-spike";

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.mention.detractor-signal.v1";
}
