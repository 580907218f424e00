package io.advocacy.advocate.segment.rule;

import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;

/** A comparison of a counted or scored field with a number; the columns are never null. */
record NumberCondition(Field field, Operator op, long whole, double decimal) implements Rule {

    static NumberCondition whole(Field field, Operator op, long value) {
        return new NumberCondition(field, op, value, value);
    }

    static NumberCondition decimal(Field field, Operator op, double value) {
        return new NumberCondition(field, op, 0, value);
    }

    @Override
    public boolean matches(Advocate advocate, OffsetDateTime now) {
        int comparison = field.kind() == Field.Kind.WHOLE
                ? Long.compare(field.whole(advocate), whole)
                : compare(field.decimal(advocate), decimal);
        switch (op) {
            case EQ:
                return comparison == 0;
            case NE:
                return comparison != 0;
            case GT:
                return comparison > 0;
            case GTE:
                return comparison >= 0;
            case LT:
                return comparison < 0;
            case LTE:
                return comparison <= 0;
            default:
                throw new IllegalStateException(op + " on a number");
        }
    }

    @Override
    public void appendSql(SqlWhere sql, OffsetDateTime now) {
        boolean isWhole = field.kind() == Field.Kind.WHOLE;
        sql.append("(" + field.sql() + " " + symbol() + " cast(")
                .bind(isWhole ? (Object) whole : (Object) decimal)
                .append(isWhole ? " as bigint))" : " as float8))");
    }

    /** Compares as SQL does: -0 equals 0 (Double.compare would order them). */
    private static int compare(double left, double right) {
        return left < right ? -1 : left > right ? 1 : 0;
    }

    private String symbol() {
        switch (op) {
            case EQ:
                return "=";
            case NE:
                return "<>";
            case GT:
                return ">";
            case GTE:
                return ">=";
            case LT:
                return "<";
            case LTE:
                return "<=";
            default:
                throw new IllegalStateException(op + " on a number");
        }
    }

    @Override
    public boolean timeDependent() {
        return false;
    }
}
