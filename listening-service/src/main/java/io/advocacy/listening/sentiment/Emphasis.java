package io.advocacy.listening.sentiment;

/** The intensity exclamation and question marks add to a whole post, as VADER measured it. */
final class Emphasis {

    private Emphasis() {}

    /** What the post's marks add to the magnitude of its summed valence. */
    static double of(TokenizedText text) {
        return exclamations(text.exclamations()) + questions(text.questions());
    }

    private static double exclamations(int count) {
        return Math.min(count, Weights.MAX_EXCLAMATIONS) * Weights.EXCLAMATION;
    }

    /** One question mark asks; two or three insist. */
    private static double questions(int count) {
        if (count <= 1) {
            return 0;
        }
        return count <= 3 ? count * Weights.QUESTION : Weights.MANY_QUESTIONS;
    }
}
