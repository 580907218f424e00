package io.advocacy.listening.query.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void holdsThePositiveTermsOfEveryExpressionButNotTheNegatedOnes() {
        Vocabulary terms = Vocabulary.of(List.of(
                ExpressionParser.parse("(Lumen OR \"Lumen Pro\") AND NOT spam"),
                ExpressionParser.parse("Zörbex OR vexo*")));

        assertThat(terms.words()).containsExactlyInAnyOrder("lumen", "pro", "zorbex");
        assertThat(terms.prefixes()).containsExactly("vexo");
        assertThat(terms.contains("vexoplus")).isTrue();
        assertThat(terms.contains("zorbex")).isTrue();
        assertThat(terms.contains("spam")).isFalse();
        assertThat(terms.contains("love")).isFalse();
    }
}
