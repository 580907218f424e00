package io.advocacy.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How posts are cut into the tokens the rules weigh. */
class TokenizerTest {

    private static final Tokenizer TOKENIZER = tokenizer();

    private static Tokenizer tokenizer() {
        LexiconFiles files = LexiconFiles.standard();
        Lexicon lexicon = files.lexicon(Map.of());
        return new Tokenizer(lexicon, new WordForms(files.slang(), lexicon::knows));
    }

    private static List<String> keys(String text) {
        return TOKENIZER.tokenize(text).tokens().stream().map(Token::key).toList();
    }

    @Test
    void keepsContractionsAndKnownHyphenatedWordsWhole() {
        assertThat(keys("I can't believe it's kind-of self-confident"))
                .containsExactly("i", "can't", "believe", "it's", "kind-of", "self-confident");
    }

    @Test
    void splitsUnknownHyphenatedWordsIntoTheirParts() {
        assertThat(keys("super-excited")).containsExactly("super", "excited");
    }

    @Test
    void stripsPunctuationAroundWords() {
        assertThat(keys("\"Great,\" she said... (really!)")).containsExactly("great", "she", "said", "really");
    }

    @Test
    void marksTheTokenAfterClausePunctuation() {
        List<Token> tokens = TOKENIZER.tokenize("not bad. great, fine").tokens();
        assertThat(tokens).extracting(Token::startsClause).containsExactly(false, false, true, true);
    }

    @Test
    void separatesEmoticonsGluedToWords() {
        assertThat(keys("great:) bad:(")).containsExactly("great", ":)", "bad", ":(");
    }

    @Test
    void keepsEmoticonsThatContainLetters() {
        assertThat(keys(":D :P o.O")).containsExactly(":D", ":P", "o.O");
    }

    @Test
    void replacesLinksAndMentionsWithPlaceholders() {
        List<Token> tokens = TOKENIZER
                .tokenize("@ada see https://example.com/x www.example.com")
                .tokens();
        assertThat(tokens)
                .extracting(Token::kind)
                .containsExactly(
                        Token.Kind.PLACEHOLDER, Token.Kind.WORD, Token.Kind.PLACEHOLDER, Token.Kind.PLACEHOLDER);
    }

    @Test
    void readsHashtagsAsWords() {
        assertThat(keys("#love #WeAreDoomed")).containsExactly("love", "we", "are", "doomed");
    }

    @Test
    void undoesStretchingAndRemembersIt() {
        List<Token> tokens = TOKENIZER.tokenize("sooo goood yaaay").tokens();
        assertThat(tokens).extracting(Token::key).containsExactly("so", "good", "yay");
        assertThat(tokens).extracting(Token::stretched).containsExactly(true, true, true);
    }

    @Test
    void joinsPhrasesOfTheLexicon() {
        assertThat(keys("kind of fed up")).containsExactly("kind of", "fed up");
        assertThat(keys("kind, of")).containsExactly("kind", "of");
    }

    @Test
    void countsExclamationAndQuestionMarks() {
        TokenizedText text = TOKENIZER.tokenize("What?! Really?!!");
        assertThat(text.exclamations()).isEqualTo(3);
        assertThat(text.questions()).isEqualTo(2);
    }

    @Test
    void decodesHtmlEntities() {
        assertThat(keys("salt &amp; pepper &lt;3")).containsExactly("salt", "pepper", "<3");
    }

    @Test
    void findsCapitalsOfAtLeastTwoLetters() {
        assertThat(Tokenizer.isShouted("GREAT")).isTrue();
        assertThat(Tokenizer.isShouted("I")).isFalse();
        assertThat(Tokenizer.isShouted("Great")).isFalse();
    }
}
