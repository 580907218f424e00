package io.advocacy.advocate.continuum;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The four A's: Alienated (strong and social detractors), Ambivalent (casual detractors and neutrals), Allegiant
 * (casual and social advocates), Advocate (strong advocates). The architecture names only strong detractors as
 * alienated; social detractors speak against the brand in public, so they are counted as alienated too.
 */
public enum FourA {
    ALIENATED,
    AMBIVALENT,
    ALLEGIANT,
    ADVOCATE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
