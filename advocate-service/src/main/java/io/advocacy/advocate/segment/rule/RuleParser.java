package io.advocacy.advocate.segment.rule;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a segment rule from its JSON and checks it, naming the path of every problem ({@code rule.any[1].field}).
 *
 * <p>A rule is a group or a condition. A group is an object with exactly one key: {@code all} or {@code any} with a
 * list of rules, or {@code not} with one rule. A condition is {@code {"field": ..., "op": ..., "value": ...}}; the
 * fields and the operators each takes are in {@link Field}. Values: names for category ({@code social-advocate}),
 * fourA ({@code allegiant}) and stage ({@code active}), text for text fields, a list for {@code in} and
 * {@code notIn}, numbers for counts and scores, a whole number of days for {@code withinDays} and
 * {@code notWithinDays}, true or false for {@code exists}.
 */
public final class RuleParser {

    /** How deep groups may nest. */
    public static final int MAX_DEPTH = 8;
    /** How many conditions one rule may hold. */
    public static final int MAX_CONDITIONS = 100;
    /** How many rules one group may hold, and how many values one list. */
    public static final int MAX_ITEMS = 100;
    /** The longest text value. */
    public static final int MAX_TEXT = 500;
    /** The most days a relative time may reach back. */
    public static final int MAX_DAYS = 36_500;

    private static final Set<String> CONDITION_KEYS = Set.of("field", "op", "value");
    private static final Set<String> GROUP_KEYS = Set.of("all", "any", "not");

    private final List<Problem.Violation> violations = new ArrayList<>();
    private int conditions;

    private RuleParser() {}

    /**
     * The rule, or a 400 naming every problem.
     *
     * @param path the name of the rule in the request, for example {@code rule}
     */
    public static Rule parse(JsonNode json, String path) {
        RuleParser parser = new RuleParser();
        Rule rule = parser.rule(json, path, 1);
        if (parser.conditions > MAX_CONDITIONS) {
            parser.violation(
                    path, "has " + parser.conditions + " conditions; at most " + MAX_CONDITIONS + " are allowed");
        }
        if (!parser.violations.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    parser.violations.size() + " problem(s) in the segment rule",
                    parser.violations);
        }
        return rule;
    }

    private Rule rule(JsonNode json, String path, int depth) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return violation(path, "is required: a group (all, any, not) or a condition (field, op, value)");
        }
        if (!json.isObject()) {
            return violation(path, "must be an object: a group (all, any, not) or a condition (field, op, value)");
        }
        if (depth > MAX_DEPTH) {
            return violation(path, "nests deeper than " + MAX_DEPTH + " levels");
        }
        if (json.has("field") || json.has("op") || json.has("value")) {
            return condition(json, path);
        }
        return group(json, path, depth);
    }

    private Rule group(JsonNode json, String path, int depth) {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            if (!GROUP_KEYS.contains(key)) {
                violation(
                        path + "." + key,
                        "unknown key; a group has one of all, any or not, a condition has field, op and value");
            }
        }
        List<String> groupKeys = keys.stream().filter(GROUP_KEYS::contains).toList();
        if (groupKeys.size() != 1) {
            return violation(
                    path,
                    groupKeys.isEmpty()
                            ? "must be a group (all, any, not) or a condition (field, op, value)"
                            : "must have exactly one of all, any or not, not " + String.join(" and ", groupKeys));
        }
        String key = groupKeys.get(0);
        String inner = path + "." + key;
        if (key.equals("not")) {
            Rule rule = rule(json.get(key), inner, depth + 1);
            return rule == null ? null : new Rule.Not(rule);
        }
        JsonNode items = json.get(key);
        if (!items.isArray() || items.isEmpty()) {
            return violation(inner, "must be a non-empty list of rules");
        }
        if (items.size() > MAX_ITEMS) {
            return violation(inner, "has " + items.size() + " rules; at most " + MAX_ITEMS + " are allowed");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rules.add(rule(items.get(i), inner + "[" + i + "]", depth + 1));
        }
        if (rules.contains(null)) {
            return null;
        }
        return key.equals("all") ? new Rule.All(List.copyOf(rules)) : new Rule.Any(List.copyOf(rules));
    }

    private Rule condition(JsonNode json, String path) {
        conditions++;
        for (Iterator<String> keys = json.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!CONDITION_KEYS.contains(key)) {
                violation(path + "." + key, "unknown key; a condition has field, op and value");
            }
        }
        JsonNode fieldNode = json.get("field");
        Field field = fieldNode != null && fieldNode.isTextual() ? Field.byWireName(fieldNode.asText()) : null;
        if (field == null) {
            return violation(path + ".field", "must be one of " + String.join(", ", Field.wireNames()));
        }
        JsonNode opNode = json.get("op");
        Operator op = opNode != null && opNode.isTextual() ? Operator.byWireName(opNode.asText()) : null;
        if (op == null || !field.kind().operators().contains(op)) {
            return violation(
                    path + ".op",
                    "must be one of "
                            + String.join(", ", Operator.wireNames(field.kind().operators())) + " for "
                            + field.wireName());
        }
        JsonNode value = json.get("value");
        String valuePath = path + ".value";
        if (value == null || value.isNull()) {
            return violation(valuePath, "is required");
        }
        switch (field.kind()) {
            case CHOICE:
                return choice(field, op, value, valuePath);
            case TEXT:
                return text(field, op, value, valuePath);
            case WHOLE:
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    return violation(valuePath, "must be a whole number");
                }
                return NumberCondition.whole(field, op, value.longValue());
            case DECIMAL:
                if (!value.isNumber()) {
                    return violation(valuePath, "must be a number");
                }
                return NumberCondition.decimal(field, op, value.doubleValue());
            case TIME:
                if (op == Operator.EXISTS) {
                    return value.isBoolean()
                            ? TimeCondition.exists(field, value.booleanValue())
                            : violation(valuePath, "must be true or false");
                }
                if (!value.isIntegralNumber()
                        || !value.canConvertToInt()
                        || value.intValue() < 1
                        || value.intValue() > MAX_DAYS) {
                    return violation(valuePath, "must be a whole number of days from 1 to " + MAX_DAYS);
                }
                return TimeCondition.relative(field, op, value.intValue());
            default:
                throw new IllegalStateException("unknown kind " + field.kind());
        }
    }

    private Rule choice(Field field, Operator op, JsonNode value, String path) {
        List<String> names = values(op, value, path, true);
        if (names == null) {
            return null;
        }
        List<String> stored = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < names.size(); i++) {
            List<String> column = storedNames(field, names.get(i));
            if (column == null) {
                valid = false;
                violation(
                        op == Operator.EQ || op == Operator.NE ? path : path + "[" + i + "]",
                        "must be one of " + String.join(", ", choices(field)));
            } else {
                column.stream().filter(name -> !stored.contains(name)).forEach(stored::add);
            }
        }
        if (!valid) {
            return null;
        }
        boolean negated = op == Operator.NE || op == Operator.NOT_IN;
        return new ChoiceCondition(field, negated, stored);
    }

    private Rule text(Field field, Operator op, JsonNode value, String path) {
        if (op == Operator.EXISTS) {
            return value.isBoolean()
                    ? TextCondition.exists(field, value.booleanValue())
                    : violation(path, "must be true or false");
        }
        List<String> texts = values(op, value, path, op != Operator.CONTAINS);
        if (texts == null) {
            return null;
        }
        return TextCondition.of(field, op, texts);
    }

    /** The text values of a condition: one for eq, ne and contains, a list for in and notIn; null after a violation. */
    private List<String> values(Operator op, JsonNode value, String path, boolean emptyAllowed) {
        if (op == Operator.IN || op == Operator.NOT_IN) {
            if (!value.isArray() || value.isEmpty()) {
                violation(path, "must be a non-empty list");
                return null;
            }
            if (value.size() > MAX_ITEMS) {
                violation(path, "has " + value.size() + " values; at most " + MAX_ITEMS + " are allowed");
                return null;
            }
            List<String> texts = new ArrayList<>();
            boolean valid = true;
            for (int i = 0; i < value.size(); i++) {
                valid &= text(value.get(i), path + "[" + i + "]", emptyAllowed);
                texts.add(value.get(i).asText());
            }
            return valid ? texts : null;
        }
        return text(value, path, emptyAllowed) ? List.of(value.asText()) : null;
    }

    private boolean text(JsonNode value, String path, boolean emptyAllowed) {
        if (!value.isTextual()) {
            violation(path, "must be text");
            return false;
        }
        if (value.asText().length() > MAX_TEXT) {
            violation(path, "must be at most " + MAX_TEXT + " characters");
            return false;
        }
        if (!emptyAllowed && value.asText().isEmpty()) {
            violation(path, "must not be empty");
            return false;
        }
        return true;
    }

    /** The names the column stores for a wire name: the enum name, or for a four A's group its categories. */
    private static List<String> storedNames(Field field, String wire) {
        switch (field) {
            case CATEGORY:
                return Arrays.stream(Category.values())
                        .filter(c -> c.wireName().equals(wire))
                        .findFirst()
                        .map(c -> List.of(c.name()))
                        .orElse(null);
            case FOUR_A:
                return Arrays.stream(FourA.values())
                        .filter(a -> a.wireName().equals(wire))
                        .findFirst()
                        .map(a -> Arrays.stream(Category.values())
                                .filter(c -> c.fourA() == a)
                                .map(Category::name)
                                .toList())
                        .orElse(null);
            case STAGE:
                return Arrays.stream(Stage.values())
                        .filter(s -> s.wireName().equals(wire))
                        .findFirst()
                        .map(s -> List.of(s.name()))
                        .orElse(null);
            default:
                throw new IllegalStateException(field + " is not a choice");
        }
    }

    private static List<String> choices(Field field) {
        switch (field) {
            case CATEGORY:
                return Arrays.stream(Category.values()).map(Category::wireName).toList();
            case FOUR_A:
                return Arrays.stream(FourA.values()).map(FourA::wireName).toList();
            case STAGE:
                return Arrays.stream(Stage.values()).map(Stage::wireName).toList();
            default:
                throw new IllegalStateException(field + " is not a choice");
        }
    }

    private Rule violation(String path, String message) {
        violations.add(new Problem.Violation(path, message));
        return null;
    }
}
