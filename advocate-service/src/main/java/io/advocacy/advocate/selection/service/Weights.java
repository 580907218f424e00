package io.advocacy.advocate.selection.service;

import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads {@code attribute:number,attribute:number} query values: the weights of the ranking and the minimums. */
public final class Weights {

    private Weights() {}

    /** Every attribute weighing 1. */
    public static Map<Attribute, Double> equal() {
        Map<Attribute, Double> weights = new EnumMap<>(Attribute.class);
        for (Attribute a : Attribute.values()) {
            weights.put(a, 1.0);
        }
        return weights;
    }

    /**
     * The weights named in {@code value}; unnamed attributes weigh 0, a blank value gives equal weights.
     *
     * @throws ProblemException 400 naming {@code weights} and the bad part
     */
    public static Map<Attribute, Double> parseWeights(String value) {
        if (value == null || value.isBlank()) {
            return equal();
        }
        Map<Attribute, Double> weights = parse("weights", value, 100);
        if (weights.values().stream().allMatch(w -> w == 0)) {
            throw invalid("weights", value, "at least one weight must be above 0");
        }
        return weights;
    }

    /**
     * Minimum scores per attribute, 0 to 100; none for a blank value.
     *
     * @throws ProblemException 400 naming the parameter and the bad part
     */
    public static Map<Attribute, Double> parseMinimums(String name, String value) {
        return value == null || value.isBlank() ? new EnumMap<>(Attribute.class) : parse(name, value, 100);
    }

    private static Map<Attribute, Double> parse(String name, String value, double max) {
        Map<Attribute, Double> parsed = new EnumMap<>(Attribute.class);
        for (String part : value.split(",", -1)) {
            String[] pair = part.strip().split(":", -1);
            if (pair.length != 2) {
                throw invalid(name, part, "must be attribute:number");
            }
            Attribute attribute = Attribute.fromWireName(pair[0].strip())
                    .orElseThrow(() -> invalid(
                            name,
                            part,
                            "unknown attribute; one of "
                                    + Arrays.stream(Attribute.values())
                                            .map(Attribute::wireName)
                                            .collect(Collectors.joining(", "))));
            double number;
            try {
                number = Double.parseDouble(pair[1].strip());
            } catch (NumberFormatException e) {
                throw invalid(name, part, "must be attribute:number");
            }
            if (!(number >= 0 && number <= max)) {
                throw invalid(name, part, "the number must be from 0 to " + (int) max);
            }
            if (parsed.put(attribute, number) != null) {
                throw invalid(name, part, attribute.wireName() + " is named twice");
            }
        }
        return parsed;
    }

    private static ProblemException invalid(String name, String part, String why) {
        return new ProblemException(
                400,
                "Invalid request",
                name + " is invalid at '" + part.strip() + "'",
                List.of(new Problem.Violation(name, "'" + part.strip() + "': " + why)));
    }
}
