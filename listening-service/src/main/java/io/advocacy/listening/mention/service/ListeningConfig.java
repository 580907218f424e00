package io.advocacy.listening.mention.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a mention is a signal worth raising. */
@ConfigMapping(prefix = "advocacy.listening")
public interface ListeningConfig {

    /** Detractor signals: negative mentions from authors with reach. */
    DetractorSignal detractorSignal();

    /** The thresholds of a detractor signal. */
    interface DetractorSignal {

        /** The least author reach, 0 to 100, that makes a negative mention a signal. */
        @WithDefault("60")
        int minReach();

        /** The highest compound sentiment that counts as negative enough. */
        @WithDefault("-0.5")
        double maxSentiment();

        /** Negative mentions in the last hour must reach this many times the hourly baseline of the day before. */
        @WithDefault("3")
        double spikeFactor();

        /** ... and at least this many, so a quiet programme does not spike on two posts. */
        @WithDefault("5")
        int spikeMinCount();
    }
}
