package io.advocacy.listening.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.advocacy.listening.query.expression.TextWords;
import io.advocacy.listening.query.expression.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells the language of a mention with Lingua, among the configured languages; too short a text, or one where two
 * languages are nearly tied, is undetermined ({@code und}) rather than guessed.
 */
@ApplicationScoped
public class LanguageDetection {

    /** ISO 639-2 for "undetermined". */
    public static final String UNDETERMINED = "und";

    /** A word as {@link TextWords} splits them: letters and digits, with inner apostrophes. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}\\p{M}\\p{N}]+)*");

    private final LanguageConfig config;
    private final Set<String> scored;
    private volatile LanguageDetector detector;

    public LanguageDetection(LanguageConfig config) {
        this.config = config;
        this.scored =
                config.scored().stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The ISO 639-1 code of the text's language, or {@code und}. */
    public String detect(String text) {
        return detect(text, Vocabulary.NONE);
    }

    /**
     * The ISO 639-1 code of the text's language, or {@code und}, judged without the listening terms: a brand or
     * competitor name is a proper noun of no language, and in a short post it tips the detector (an English
     * sentence around an invented name read as Dutch about one time in seven).
     */
    public String detect(String text, Vocabulary terms) {
        StringBuilder rest = new StringBuilder(text.length());
        int words = 0;
        Matcher word = WORD.matcher(text);
        int end = 0;
        while (word.find()) {
            rest.append(text, end, word.start());
            if (terms.contains(TextWords.fold(word.group()))) {
                rest.append(' ');
            } else {
                rest.append(word.group());
                words++;
            }
            end = word.end();
        }
        rest.append(text, end, text.length());
        if (words < config.minWords()) {
            return UNDETERMINED;
        }
        Language language = detector().detectLanguageOf(rest.toString());
        return language == Language.UNKNOWN
                ? UNDETERMINED
                : language.getIsoCode639_1().toString();
    }

    /** True when sentiment is scored for the language; an undetermined language is scored. */
    public boolean sentimentSupported(String language) {
        return UNDETERMINED.equals(language) || scored.contains(language);
    }

    private LanguageDetector detector() {
        LanguageDetector built = detector;
        if (built == null) {
            synchronized (this) {
                if (detector == null) {
                    IsoCode639_1[] codes = config.detected().stream()
                            .map(c -> IsoCode639_1.valueOf(c.strip().toUpperCase(Locale.ROOT)))
                            .toArray(IsoCode639_1[]::new);
                    // Brand names and slang skew short texts: a near tie between languages is no answer.
                    detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes)
                            .withLowAccuracyMode()
                            .withMinimumRelativeDistance(config.minRelativeDistance())
                            .build();
                }
                built = detector;
            }
        }
        return built;
    }
}
