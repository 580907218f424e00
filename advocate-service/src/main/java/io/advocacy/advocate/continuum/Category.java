package io.advocacy.advocate.continuum;

import com.fasterxml.jackson.annotation.JsonValue;

/** The seven steps of the advocacy continuum, left (strong detractor) to right (strong advocate). */
public enum Category {
    STRONG_DETRACTOR(FourA.ALIENATED),
    SOCIAL_DETRACTOR(FourA.ALIENATED),
    CASUAL_DETRACTOR(FourA.AMBIVALENT),
    NEUTRAL(FourA.AMBIVALENT),
    CASUAL_ADVOCATE(FourA.ALLEGIANT),
    SOCIAL_ADVOCATE(FourA.ALLEGIANT),
    STRONG_ADVOCATE(FourA.ADVOCATE);

    private final FourA fourA;

    Category(FourA fourA) {
        this.fourA = fourA;
    }

    /** The coarser four A's group this step belongs to. */
    public FourA fourA() {
        return fourA;
    }

    public boolean isDetractor() {
        return ordinal() < NEUTRAL.ordinal();
    }

    /** The wire name, for example {@code social-detractor}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Category fromWireName(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
