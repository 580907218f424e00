package io.advocacy.listening.sentiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * VADER's rules for the valence of each token in its context: capitals, boosters and dampeners up to three words back,
 * negation ("not", "isn't", "no", "least"), "never so", and the shift of weight a contrastive "but" brings.
 *
 * <p>Where this departs from the reference implementation, and why:
 *
 * <ul>
 *   <li>The three-word reach stops at clause punctuation: in "Not bad. Great day" nothing negates "great".
 *   <li>A negated negative word is neutralised, not turned positive, as SentiStrength does (Thelwall et al. 2012):
 *       "not bad" is no praise.
 *   <li>Stretched letters ("sooo", "gooood") emphasise like a booster.
 *   <li>Emoticons and emoji stand apart from syntax: no negation or booster reaches them.
 *   <li>Words that double as degree adverbs ("super", "pretty", "damn") modify a rated word right after them ("super
 *       sad") and keep their own valence elsewhere.
 *   <li>"like" after a copula or a verb of seeming ("looks like", "is like") is a preposition, not a liking.
 *   <li>Only "never so/this" intensifies: the reference code also multiplied any word after "so" or "this" by 1.25.
 *   <li>The "but" shift weighs each token by its position; the reference code looked positions up by value.
 * </ul>
 */
final class ValenceRules {

    private static final double[] DISTANCE = {1, Weights.SECOND_WORD_AWAY, Weights.THIRD_WORD_AWAY};

    /** Words after which "like" is a preposition ("looks like rain", "something like that"). */
    private static final Set<String> BEFORE_PREPOSITIONAL_LIKE = new HashSet<>(List.of(
            "look",
            "looks",
            "looked",
            "looking",
            "seem",
            "seems",
            "seemed",
            "sound",
            "sounds",
            "sounded",
            "feel",
            "feels",
            "felt",
            "feeling",
            "smell",
            "smells",
            "taste",
            "tastes",
            "tasted",
            "act",
            "acts",
            "acting",
            "acted",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "it's",
            "more",
            "something",
            "things",
            "stuff",
            "kinda",
            "just"));

    /** The valence of each token, in order; 0 for tokens that carry none. */
    double[] valences(TokenizedText text) {
        List<Token> tokens = text.tokens();
        double[] valences = new double[tokens.size()];
        boolean capitals = text.capitalsStandOut();
        for (int i = 0; i < valences.length; i++) {
            if (tokens.get(i).rated() && !modifiesNext(tokens, i) && !prepositionalLike(tokens, i)) {
                valences[i] = valence(tokens, i, capitals);
            }
        }
        shiftToBut(tokens, valences);
        return valences;
    }

    private static double valence(List<Token> tokens, int i, boolean capitals) {
        Token token = tokens.get(i);
        double valence = token.valence();
        if (token.kind() == Token.Kind.SYMBOL) {
            return valence;
        }
        if (token.is("no") && determinerNo(tokens, i)) {
            return 0;
        }
        int reach = reach(tokens, i);
        if (negatedByNo(tokens, i, reach)) {
            valence = negate(valence);
        }
        valence += emphasis(token, valence, capitals);
        for (int distance = 1; distance <= reach && valence != 0; distance++) {
            Token before = tokens.get(i - distance);
            if (before.rated() && !modifiesNext(tokens, i - distance)) {
                continue;
            }
            valence += modification(before, valence, capitals) * DISTANCE[distance - 1];
            valence = negation(tokens, i, distance, valence);
        }
        return least(tokens, i, reach, valence);
    }

    /**
     * Whether the token at {@code j} modifies what follows rather than carrying valence: a booster or dampener always;
     * a rated word that doubles as a degree adverb only directly before another rated word ("super sad").
     */
    private static boolean modifiesNext(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        if (!token.modifies()) {
            return false;
        }
        if (!token.rated()) {
            return true;
        }
        if (j + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        return next.rated() && !next.modifies() && !next.startsClause() && next.kind() == Token.Kind.WORD;
    }

    private static boolean prepositionalLike(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.is("like")
                && i > 0
                && !token.startsClause()
                && BEFORE_PREPOSITIONAL_LIKE.contains(tokens.get(i - 1).key());
    }

    /** How many tokens back the rules look: at most three, and not past clause punctuation. */
    private static int reach(List<Token> tokens, int i) {
        int reach = 0;
        while (reach < 3 && i - reach > 0 && !tokens.get(i - reach).startsClause()) {
            reach++;
        }
        return reach;
    }

    /** "no" before a rated word ("no problem") is a determiner that negates it, not a negative word itself. */
    private static boolean determinerNo(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.rated() && !next.startsClause();
    }

    private static boolean negatedByNo(List<Token> tokens, int i, int reach) {
        return (reach >= 1 && tokens.get(i - 1).is("no"))
                || (reach >= 2 && tokens.get(i - 2).is("no"))
                || (reach >= 3
                        && tokens.get(i - 3).is("no")
                        && (tokens.get(i - 1).is("or") || tokens.get(i - 1).is("nor")));
    }

    /** Capitals among words that are not, and stretched letters, make a word more intense. */
    private static double emphasis(Token token, double valence, boolean capitals) {
        double emphasis = 0;
        if (token.shouted() && capitals) {
            emphasis += Weights.CAPITALS;
        }
        if (token.stretched()) {
            emphasis += Weights.BOOST;
        }
        return Math.copySign(emphasis, valence);
    }

    /** What a booster or dampener before a rated word adds to it, in the direction of its valence. */
    private static double modification(Token modifier, double valence, boolean capitals) {
        if (!modifier.modifies()) {
            return 0;
        }
        double scalar = modifier.entry().boost();
        if (modifier.shouted() && capitals) {
            scalar += Math.copySign(Weights.CAPITALS, scalar);
        }
        if (modifier.stretched()) {
            scalar += Math.copySign(Weights.BOOST, scalar);
        }
        return valence < 0 ? -scalar : scalar;
    }

    /** A negation one to three tokens back negates the valence; "never so" and "without doubt" do not. */
    private static double negation(List<Token> tokens, int i, int distance, double valence) {
        Token first = tokens.get(i - 1);
        if (distance == 2) {
            Token second = tokens.get(i - 2);
            if (second.is("never") && soOrThis(first)) {
                return valence * Weights.NEVER_SO;
            }
            if (second.is("without") && first.is("doubt")) {
                return valence;
            }
        } else if (distance == 3) {
            Token second = tokens.get(i - 2);
            Token third = tokens.get(i - 3);
            if (third.is("never") && soOrThis(second)) {
                return valence * Weights.NEVER_SO;
            }
            if (third.is("without") && (second.is("doubt") || first.is("doubt"))) {
                return valence;
            }
        }
        return tokens.get(i - distance).negates() ? negate(valence) : valence;
    }

    /** Negation turns praise into criticism, but criticism only into nothing: "not bad" is no praise. */
    private static double negate(double valence) {
        return valence < 0 ? 0 : valence * Weights.NEGATION;
    }

    private static boolean soOrThis(Token token) {
        return token.is("so") || token.is("this");
    }

    /** "least" before a word negates it ("the least helpful"), except in "at least" and "very least". */
    private static double least(List<Token> tokens, int i, int reach, double valence) {
        if (reach < 1 || !tokens.get(i - 1).is("least")) {
            return valence;
        }
        if (reach >= 2 && (tokens.get(i - 2).is("at") || tokens.get(i - 2).is("very"))) {
            return valence;
        }
        return negate(valence);
    }

    /** After the first contrastive "but", sentiment counts more; before it, less. */
    private static void shiftToBut(List<Token> tokens, double[] valences) {
        int but = -1;
        for (int i = 0; i < valences.length && but < 0; i++) {
            if (tokens.get(i).is("but")) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < valences.length; i++) {
            if (i < but) {
                valences[i] *= Weights.BEFORE_BUT;
            } else if (i > but) {
                valences[i] *= Weights.AFTER_BUT;
            }
        }
    }
}
