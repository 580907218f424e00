package io.advocacy.advocate.segment.rule;

import java.util.Arrays;
import java.util.List;

/** How a condition compares a field with its value. */
public enum Operator {
    EQ("eq"),
    NE("ne"),
    IN("in"),
    NOT_IN("notIn"),
    CONTAINS("contains"),
    EXISTS("exists"),
    GT("gt"),
    GTE("gte"),
    LT("lt"),
    LTE("lte"),
    WITHIN_DAYS("withinDays"),
    NOT_WITHIN_DAYS("notWithinDays");

    private final String wireName;

    Operator(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The operator by its name in a rule, or null. */
    public static Operator byWireName(String name) {
        return Arrays.stream(values())
                .filter(op -> op.wireName.equals(name))
                .findFirst()
                .orElse(null);
    }

    static List<String> wireNames(List<Operator> operators) {
        return operators.stream().map(Operator::wireName).toList();
    }
}
