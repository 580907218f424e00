package io.advocacy.listening.language;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Which languages mentions are recognised in, and which of them sentiment is scored for. */
@ConfigMapping(prefix = "advocacy.languages")
public interface LanguageConfig {

    /** ISO 639-1 codes of the languages told apart; each one loaded costs memory. */
    @WithDefault("en,de,fr,es,it,pt,nl")
    List<String> detected();

    /** The languages the sentiment scorer is written for; mentions in other languages get a neutral score and a flag. */
    @WithDefault("en")
    List<String> scored();

    /** How far ahead (0 to 0.99) the likeliest language must be of the next one to count as the answer. */
    @WithDefault("0.05")
    double minRelativeDistance();

    /** Texts with fewer words than this are too short to tell their language; they count as undetermined. */
    @WithDefault("4")
    int minWords();
}
