package io.advocacy.listening.mention.messaging;

import java.util.List;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.mention.detractor-signal.v1} on {@code advocacy.mentions}, keyed by the author key: a
 * negative mention came from an author whose reach makes it matter now.
 *
 * @param reason why this is a signal, in words
 */
public record DetractorSignal(
        UUID mentionId,
        String authorKey,
        int authorReach,
        double sentiment,
        String url,
        List<String> programmes,
        String reason) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.mention.detractor-signal.v1";
}
