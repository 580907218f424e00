package io.advocacy.listening.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.listening.query.expression.ExpressionParser;
import io.advocacy.listening.query.expression.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private final LanguageDetection languages = detection("en", "de", "fr", "es");

    private static LanguageDetection detection(String... detected) {
        return new LanguageDetection(new LanguageConfig() {
            @Override
            public List<String> detected() {
                return List.of(detected);
            }

            @Override
            public List<String> scored() {
                return List.of("en");
            }

            @Override
            public int minWords() {
                return 4;
            }

            @Override
            public double minRelativeDistance() {
                return 0.05;
            }
        });
    }

    private static Vocabulary terms(String expression) {
        return Vocabulary.of(List.of(ExpressionParser.parse(expression)));
    }

    @Test
    void judgesTheLanguageWithoutTheBrandNamesTheQueriesListenFor() {
        LanguageDetection sevenLanguages = detection("en", "de", "fr", "es", "it", "pt", "nl");
        String post = "I love Oosterwijk, it is brilliant and fast";

        assertThat(sevenLanguages.detect(post)).isEqualTo("nl");
        assertThat(sevenLanguages.detect(post, terms("oosterwijk OR acme"))).isEqualTo("en");
        assertThat(sevenLanguages.detect("Switched from Acme to Oosterwijk this week", terms("oosterwijk OR acme")))
                .isEqualTo("en");
        assertThat(sevenLanguages.detect("Ich habe Oosterwijk gekauft und bin sehr zufrieden", terms("oosterwijk")))
                .isEqualTo("de");
    }

    @Test
    void aPostThatIsMostlyBrandNamesHasNoLanguage() {
        assertThat(languages.detect("Lumen Pro vs Lumen Max, nice", terms("\"lumen pro\" OR \"lumen max\"")))
                .isEqualTo(LanguageDetection.UNDETERMINED);
        assertThat(languages.detect("#LumenRocks so good today", terms("lumen*")))
                .isEqualTo(LanguageDetection.UNDETERMINED);
    }

    @Test
    void tellsTheLanguageOfAPost() {
        assertThat(languages.detect("I love this product, brilliant support!")).isEqualTo("en");
        assertThat(languages.detect("Lumen ist großartig, ich liebe es wirklich"))
                .isEqualTo("de");
        assertThat(languages.detect("El servicio de Lumen es terrible, lo odio"))
                .isEqualTo("es");
    }

    @Test
    void doesNotGuessTheLanguageOfATooShortText() {
        assertThat(languages.detect("Lumen ok")).isEqualTo(LanguageDetection.UNDETERMINED);
    }

    @Test
    void scoresSentimentOnlyWhereTheScorerApplies() {
        assertThat(languages.sentimentSupported("en")).isTrue();
        assertThat(languages.sentimentSupported(LanguageDetection.UNDETERMINED)).isTrue();
        assertThat(languages.sentimentSupported("de")).isFalse();
    }
}
