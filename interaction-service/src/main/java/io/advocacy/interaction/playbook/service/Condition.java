package io.advocacy.interaction.playbook.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A playbook's trigger condition on the event's data: clauses joined by {@code and}, each {@code path op value}, where
 * the path is dotted ({@code lastMention.sentiment}), the operator one of {@code == != >= <= > < in} and {@code not
 * in}, and the value a number, a word or quoted text, {@code null}, or a list {@code [a, b]}. A missing field is null:
 * it equals only {@code null}, is in no list and compares with no number. A blank condition always holds.
 */
public final class Condition {

    private static final Pattern CLAUSE = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)\\s*(==|!=|>=|<=|>|<|\\s+not\\s+in\\s+|\\s+in\\s+)"
                    + "\\s*([^=!<>\\s].*?)\\s*$");

    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private final String text;
    private final List<Clause> clauses;

    private Condition(String text, List<Clause> clauses) {
        this.text = text;
        this.clauses = clauses;
    }

    /**
     * Reads a condition.
     *
     * @throws IllegalArgumentException saying which clause it cannot read and why
     */
    public static Condition parse(String text) {
        if (text == null || text.isBlank()) {
            return new Condition("", List.of());
        }
        List<Clause> clauses = new ArrayList<>();
        for (String part : AND.split(text.strip())) {
            Matcher matcher = CLAUSE.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "cannot read \"" + part + "\": expected path op value, op one of == != >= <= > < in, not in");
            }
            String op = matcher.group(2).strip().replaceAll("\\s+", " ");
            clauses.add(Clause.of(matcher.group(1), op, matcher.group(3)));
        }
        return new Condition(text.strip(), List.copyOf(clauses));
    }

    /** True when every clause holds for the event's data. */
    public boolean matches(JsonNode data) {
        return clauses.stream().allMatch(clause -> clause.holds(data));
    }

    @Override
    public String toString() {
        return text;
    }

    /** The value at a dotted path, or null when it is missing or JSON null. */
    static JsonNode at(JsonNode data, String path) {
        JsonNode node = data;
        for (String step : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(step);
        }
        return node == null || node.isNull() ? null : node;
    }

    private record Clause(String path, String op, List<String> values, Double number) {

        static Clause of(String path, String op, String literal) {
            boolean list = op.endsWith("in");
            if (list != (literal.startsWith("[") && literal.endsWith("]"))) {
                throw new IllegalArgumentException("\"" + path + " " + op + " " + literal + "\": " + op
                        + (list ? " needs a list such as [a, b]" : " needs a single value, not a list"));
            }
            List<String> values = list
                    ? Arrays.stream(literal.substring(1, literal.length() - 1).split(","))
                            .map(Clause::unquote)
                            .filter(value -> !value.isEmpty())
                            .toList()
                    : List.of(unquote(literal));
            Double number = list ? null : number(values.get(0));
            if (op.startsWith("<") || op.startsWith(">")) {
                if (number == null) {
                    throw new IllegalArgumentException(
                            "\"" + path + " " + op + " " + literal + "\": " + op + " needs a number");
                }
            }
            return new Clause(path, op, values, number);
        }

        boolean holds(JsonNode data) {
            JsonNode node = at(data, path);
            switch (op) {
                case "==":
                    return equal(node);
                case "!=":
                    return !equal(node);
                case "in":
                    return node != null && values.contains(node.asText());
                case "not in":
                    return node == null || !values.contains(node.asText());
                default:
                    if (node == null || !node.isNumber()) {
                        return false;
                    }
                    int order = Double.compare(node.asDouble(), number);
                    return switch (op) {
                        case ">=" -> order >= 0;
                        case "<=" -> order <= 0;
                        case ">" -> order > 0;
                        default -> order < 0;
                    };
            }
        }

        private boolean equal(JsonNode node) {
            String value = values.get(0);
            if ("null".equals(value)) {
                return node == null;
            }
            if (node == null) {
                return false;
            }
            if (node.isNumber() && number != null) {
                return Double.compare(node.asDouble(), number) == 0;
            }
            return node.asText().equals(value);
        }

        private static String unquote(String value) {
            String stripped = value.strip();
            if (stripped.length() >= 2
                    && (stripped.startsWith("\"") && stripped.endsWith("\"")
                            || stripped.startsWith("'") && stripped.endsWith("'"))) {
                return stripped.substring(1, stripped.length() - 1);
            }
            return stripped;
        }

        private static Double number(String value) {
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
