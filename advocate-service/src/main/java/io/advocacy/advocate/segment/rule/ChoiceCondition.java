package io.advocacy.advocate.segment.rule;

import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A category, four A's or stage condition: the field is one of the stored names (for the four A's, the categories
 * they group), or with {@code negated} none of them. The columns are never null.
 */
record ChoiceCondition(Field field, boolean negated, List<String> stored, Set<String> lookup) implements Rule {

    ChoiceCondition(Field field, boolean negated, List<String> stored) {
        this(field, negated, List.copyOf(stored), Set.copyOf(stored));
    }

    @Override
    public boolean matches(Advocate advocate, OffsetDateTime now) {
        return lookup.contains(field.text(advocate)) != negated;
    }

    @Override
    public void appendSql(SqlWhere sql, OffsetDateTime now) {
        sql.append("(")
                .append(field.sql())
                .append(negated ? " not in (" : " in (")
                .bindAll(stored)
                .append("))");
    }

    @Override
    public boolean timeDependent() {
        return false;
    }
}
