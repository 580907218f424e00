package io.advocacy.listening.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.advocacy.listening.query.expression.ExpressionError;
import io.advocacy.listening.query.expression.ExpressionParser;
import io.advocacy.listening.query.expression.TextWords;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static boolean matches(String expression, String text) {
        return ExpressionParser.parse(expression).matches(TextWords.of(text));
    }

    @Test
    void matchesWholeWordsIgnoringCaseAndAccents() {
        assertThat(matches("lumen", "I love #Lumen!")).isTrue();
        assertThat(matches("lumen", "luminous lumens")).isFalse();
        assertThat(matches("cafe", "Best CAFÉ in town")).isTrue();
    }

    @Test
    void matchesPhrasesOnlyInOrder() {
        assertThat(matches("\"lumen app\"", "the Lumen app crashed")).isTrue();
        assertThat(matches("\"lumen app\"", "an app by lumen")).isFalse();
    }

    @Test
    void combinesWithAndOrNotAndParentheses() {
        String query = "(lumen OR \"lumen app\") AND NOT (job OR hiring)";
        assertThat(matches(query, "lumen is great")).isTrue();
        assertThat(matches(query, "lumen is hiring")).isFalse();
        assertThat(matches("lumen support", "support from lumen")).isTrue();
        assertThat(matches("lumen support", "lumen rocks")).isFalse();
        assertThat(matches("a OR b c", "b c")).isTrue();
        assertThat(matches("a OR b c", "c")).isFalse();
    }

    @Test
    void matchesAPrefix() {
        assertThat(matches("lume*", "Lumens everywhere")).isTrue();
        assertThat(matches("lume*", "lum")).isFalse();
    }

    @Test
    void pointsAtThePositionOfAnError() {
        assertThatThrownBy(() -> ExpressionParser.parse("lumen AND (app OR"))
                .isInstanceOf(ExpressionError.class)
                .hasMessageContaining("missing at the end");
        assertThatThrownBy(() -> ExpressionParser.parse("lumen OR (app"))
                .isInstanceOf(ExpressionError.class)
                .satisfies(e -> assertThat(((ExpressionError) e).position()).isEqualTo(9));
        assertThatThrownBy(() -> ExpressionParser.parse("lumen ) app"))
                .satisfies(e -> assertThat(((ExpressionError) e).position()).isEqualTo(6));
        assertThatThrownBy(() -> ExpressionParser.parse("\"lumen app"))
                .satisfies(e -> assertThat(((ExpressionError) e).position()).isZero());
        assertThatThrownBy(() -> ExpressionParser.parse("lumen AND OR app"))
                .satisfies(e -> assertThat(((ExpressionError) e).position()).isEqualTo(10));
    }

    @Test
    void refusesAnExpressionWithoutAPositiveTerm() {
        assertThatThrownBy(() -> ExpressionParser.parse("NOT spam")).hasMessageContaining("at least one term");
        assertThatThrownBy(() -> ExpressionParser.parse("   ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ExpressionParser.parse("lu*")).hasMessageContaining("3 letters");
    }
}
