package io.advocacy.advocate.segment.rule;

import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A condition on when something happened, relative to the moment of evaluation: within the last {@code days} days
 * (at or after the cutoff), not within them (before it, or never), or whether it happened at all.
 *
 * @param present for {@code exists}: whether it must have happened (true) or not (false)
 */
record TimeCondition(Field field, Operator op, int days, boolean present) implements Rule {

    static TimeCondition relative(Field field, Operator op, int days) {
        return new TimeCondition(field, op, days, false);
    }

    static TimeCondition exists(Field field, boolean present) {
        return new TimeCondition(field, Operator.EXISTS, 0, present);
    }

    @Override
    public boolean matches(Advocate advocate, OffsetDateTime now) {
        OffsetDateTime value = field.time(advocate);
        switch (op) {
            case WITHIN_DAYS:
                return within(value, now);
            case NOT_WITHIN_DAYS:
                return !within(value, now);
            case EXISTS:
                return (value != null) == present;
            default:
                throw new IllegalStateException(op + " on a time");
        }
    }

    private boolean within(OffsetDateTime value, OffsetDateTime now) {
        return value != null && !value.isBefore(cutoff(now));
    }

    /** The earliest moment that is within the days, to PostgreSQL's precision. */
    private OffsetDateTime cutoff(OffsetDateTime now) {
        return now.minusDays(days).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void appendSql(SqlWhere sql, OffsetDateTime now) {
        String column = field.sql();
        switch (op) {
            case WITHIN_DAYS:
                sql.append("coalesce(" + column + " >= cast(").bind(cutoff(now)).append(" as timestamptz), false)");
                break;
            case NOT_WITHIN_DAYS:
                sql.append("not coalesce(" + column + " >= cast(")
                        .bind(cutoff(now))
                        .append(" as timestamptz), false)");
                break;
            case EXISTS:
                sql.append("(" + column + (present ? " is not null)" : " is null)"));
                break;
            default:
                throw new IllegalStateException(op + " on a time");
        }
    }

    @Override
    public boolean timeDependent() {
        return op != Operator.EXISTS;
    }
}
