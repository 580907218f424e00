package io.advocacy.advocate.segment.rule;

import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A validated segment rule: conditions on profile fields combined with all, any and not. It is evaluated two ways
 * that always agree: in memory on one profile, when that profile changes, and as a parameterised SQL condition over
 * every profile, when a segment is created. Every SQL condition is true or false, never null, so that {@code not}
 * means the same in both.
 */
public interface Rule {

    /** Whether the profile meets the rule at the moment {@code now}. */
    boolean matches(Advocate advocate, OffsetDateTime now);

    /** Appends the SQL condition over a row of {@code advocate}, binding every value as a parameter. */
    void appendSql(SqlWhere sql, OffsetDateTime now);

    /** Whether the outcome depends on the moment of evaluation as well as on the profile. */
    boolean timeDependent();

    /** Met when every rule is. */
    record All(List<Rule> rules) implements Rule {
        @Override
        public boolean matches(Advocate advocate, OffsetDateTime now) {
            for (Rule rule : rules) {
                if (!rule.matches(advocate, now)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void appendSql(SqlWhere sql, OffsetDateTime now) {
            sql.join(rules, " and ", now);
        }

        @Override
        public boolean timeDependent() {
            return rules.stream().anyMatch(Rule::timeDependent);
        }
    }

    /** Met when at least one rule is. */
    record Any(List<Rule> rules) implements Rule {
        @Override
        public boolean matches(Advocate advocate, OffsetDateTime now) {
            for (Rule rule : rules) {
                if (rule.matches(advocate, now)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void appendSql(SqlWhere sql, OffsetDateTime now) {
            sql.join(rules, " or ", now);
        }

        @Override
        public boolean timeDependent() {
            return rules.stream().anyMatch(Rule::timeDependent);
        }
    }

    /** Met when the rule is not. */
    record Not(Rule rule) implements Rule {
        @Override
        public boolean matches(Advocate advocate, OffsetDateTime now) {
            return !rule.matches(advocate, now);
        }

        @Override
        public void appendSql(SqlWhere sql, OffsetDateTime now) {
            sql.append("not ");
            sql.join(List.of(rule), "", now);
        }

        @Override
        public boolean timeDependent() {
            return rule.timeDependent();
        }
    }
}
