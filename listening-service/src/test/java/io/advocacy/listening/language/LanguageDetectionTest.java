package io.advocacy.listening.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private final LanguageDetection languages = new LanguageDetection(new LanguageConfig() {
        @Override
        public List<String> detected() {
            return List.of("en", "de", "fr", "es");
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
