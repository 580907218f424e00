package io.advocacy.advocate.selection.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The six attributes a person is selected on. */
public enum Attribute {
    TRACK_RECORD("trackRecord"),
    RESPECT_AND_INFLUENCE("respectAndInfluence"),
    HELPFULNESS_AND_RELIABILITY("helpfulnessAndReliability"),
    COMMUNICATION("communication"),
    OWN_PLATFORMS("ownPlatforms"),
    COMMITMENT("commitment");

    private final String wireName;

    Attribute(String wireName) {
        this.wireName = wireName;
    }

    /** The wire name, for example {@code respectAndInfluence}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<Attribute> fromWireName(String wire) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(wire)).findFirst();
    }
}
