package io.advocacy.recognition.criteria.service;

import java.util.List;

/** Where a person stands on the continuum, and the sides criteria may name instead of one category. */
public final class Categories {

    public static final String DETRACTOR_SIDE = "detractor side";
    public static final String ADVOCATE_SIDE = "advocate side";

    private static final List<String> DETRACTORS = List.of("strong-detractor", "social-detractor", "casual-detractor");
    private static final List<String> ADVOCATES = List.of("casual-advocate", "social-advocate", "strong-advocate");

    private Categories() {}

    /** True when the category is the named one, or on the named side. */
    public static boolean within(String category, String place) {
        if (category == null) {
            return false;
        }
        if (DETRACTOR_SIDE.equals(place)) {
            return DETRACTORS.contains(category);
        }
        if (ADVOCATE_SIDE.equals(place)) {
            return ADVOCATES.contains(category);
        }
        return category.equals(place);
    }
}
