package io.advocacy.listening.sentiment;

/**
 * Turns the valences of a post's words into one intensity, and that into VADER's compound score in [-1, 1].
 *
 * <p>VADER adds the valences up, so a post grows more intense with every rated word it holds. People rating a whole
 * post do not add: two mild words do not make a strong post. Here the sum of {@code k} rated words is divided by
 * {@code sqrt(k)} — the usual scaling of a sum of {@code k} pieces of evidence, between the sum (which over-weights
 * long posts) and the mean (which ignores how much is said). A post with a single rated word scores as in VADER.
 */
final class Intensity {

    private Intensity() {}

    /**
     * @param sum the valences added up
     * @param rated how many tokens carry valence
     * @param emphasis what the post's exclamation and question marks add to its magnitude
     */
    static double of(double sum, int rated, double emphasis) {
        if (sum == 0) {
            return 0;
        }
        double scaled = rated > 1 ? sum / Math.sqrt(rated) : sum;
        return scaled + Math.copySign(emphasis, scaled);
    }

    /** The intensity mapped into [-1, 1]: {@code x / sqrt(x² + ALPHA)}. */
    static double compound(double intensity) {
        return intensity / Math.sqrt(intensity * intensity + Weights.ALPHA);
    }
}
