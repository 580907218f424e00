package io.advocacy.advocate.profile.repository;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a person is in the relationship: discovered, invited, onboarded, active, or alumni. */
public enum Stage {
    DISCOVERED,
    INVITED,
    ONBOARDED,
    ACTIVE,
    ALUMNI;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
