package io.advocacy.advocate.mentor.service;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How newcomers are paired with veterans and when a pairing ends. */
@ConfigMapping(prefix = "advocacy.mentors")
public interface MentorsConfig {

    /** How many newcomers one mentor looks after at most. */
    @Min(1)
    int maxMentees();

    /** An active person is a veteran once they have been active this long... */
    Duration veteranAfter();

    /** ...or once they have this many positive mentions. */
    @Min(1)
    int veteranPositiveMentions();

    /** A newcomer has settled once they are active and have had their mentor this long; the pairing then ends. */
    Duration settleAfter();

    /** How often settled pairings are ended and mentors with room offered to those waiting, without being asked. */
    Duration recheckInterval();
}
