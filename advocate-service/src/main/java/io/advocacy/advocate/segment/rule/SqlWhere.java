package io.advocacy.advocate.segment.rule;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A rule as a SQL condition over a row of {@code advocate}, with its values as parameters: the text holds only
 * column names, operators and placeholders, never a value.
 */
public final class SqlWhere {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final IntFunction<String> placeholder;
    private final int firstPosition;

    private SqlWhere(IntFunction<String> placeholder, int firstPosition) {
        this.placeholder = placeholder;
        this.firstPosition = firstPosition;
    }

    /**
     * The condition of a rule.
     *
     * @param placeholder writes the placeholder of the parameter at a position ({@code i -> "?" + i} for Hibernate's
     *     ordinal parameters, {@code i -> "?"} for JDBC)
     * @param firstPosition the position of the first parameter, after those the rest of the statement uses
     */
    public static SqlWhere of(Rule rule, OffsetDateTime now, IntFunction<String> placeholder, int firstPosition) {
        SqlWhere sql = new SqlWhere(placeholder, firstPosition);
        rule.appendSql(sql, now);
        return sql;
    }

    /** The condition, in parentheses. */
    public String text() {
        return text.toString();
    }

    /** The values of its placeholders, in order. */
    public List<Object> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** The position of the first of its parameters. */
    public int firstPosition() {
        return firstPosition;
    }

    SqlWhere append(String sql) {
        text.append(sql);
        return this;
    }

    /** Appends the placeholder of a new parameter. */
    SqlWhere bind(Object value) {
        parameters.add(value);
        text.append(placeholder.apply(firstPosition + parameters.size() - 1));
        return this;
    }

    /** Appends a comma-separated list of placeholders, one per value. */
    SqlWhere bindAll(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            bind(values.get(i));
        }
        return this;
    }

    void join(List<Rule> rules, String operator, OffsetDateTime now) {
        text.append('(');
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                text.append(operator);
            }
            rules.get(i).appendSql(this, now);
        }
        text.append(')');
    }
}
