package io.advocacy.advocate.segment.rule;

import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A condition on a text field that may be absent. An absent value equals nothing, is in no list and contains
 * nothing; {@code ne} and {@code notIn} hold for it. Text compares exactly, case included.
 *
 * @param present for {@code exists}: whether the field must be present (true) or absent (false)
 */
record TextCondition(Field field, Operator op, List<String> values, Set<String> lookup, boolean present)
        implements Rule {

    static TextCondition of(Field field, Operator op, List<String> values) {
        return new TextCondition(field, op, List.copyOf(values), Set.copyOf(values), false);
    }

    static TextCondition exists(Field field, boolean present) {
        return new TextCondition(field, Operator.EXISTS, List.of(), Set.of(), present);
    }

    @Override
    public boolean matches(Advocate advocate, OffsetDateTime now) {
        String value = field.text(advocate);
        switch (op) {
            case EQ:
                return value != null && value.equals(values.get(0));
            case NE:
                return !Objects.equals(value, values.get(0));
            case IN:
                return value != null && lookup.contains(value);
            case NOT_IN:
                return value == null || !lookup.contains(value);
            case CONTAINS:
                return value != null && value.contains(values.get(0));
            case EXISTS:
                return (value != null) == present;
            default:
                throw new IllegalStateException(op + " on text");
        }
    }

    @Override
    public void appendSql(SqlWhere sql, OffsetDateTime now) {
        String column = field.sql();
        switch (op) {
            case EQ:
                sql.append("coalesce(" + column + " = cast(")
                        .bind(values.get(0))
                        .append(" as text), false)");
                break;
            case NE:
                sql.append("(" + column + " is distinct from cast(")
                        .bind(values.get(0))
                        .append(" as text))");
                break;
            case IN:
                sql.append("coalesce(" + column + " in (").bindAll(values).append("), false)");
                break;
            case NOT_IN:
                sql.append("not coalesce(" + column + " in (").bindAll(values).append("), false)");
                break;
            case CONTAINS:
                sql.append("coalesce(strpos(" + column + ", cast(")
                        .bind(values.get(0))
                        .append(" as text)) > 0, false)");
                break;
            case EXISTS:
                sql.append("(" + column + (present ? " is not null)" : " is null)"));
                break;
            default:
                throw new IllegalStateException(op + " on text");
        }
    }

    @Override
    public boolean timeDependent() {
        return false;
    }
}
