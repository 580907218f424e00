package io.advocacy.listening.sentiment;

/** How well scores agree with human ratings: Pearson's r, and macro F1 over positive, neutral and negative. */
final class Agreement {

    private Agreement() {}

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            xy += (x[i] - meanX) * (y[i] - meanY);
            xx += (x[i] - meanX) * (x[i] - meanX);
            yy += (y[i] - meanY) * (y[i] - meanY);
        }
        return xy / Math.sqrt(xx * yy);
    }

    /**
     * The mean over the three classes of F1, a class being above {@code threshold} (positive), below its negative
     * (negative), or neither (neutral).
     */
    static double macroF1(double[] predicted, double predictedThreshold, double[] actual, double actualThreshold) {
        double sum = 0;
        for (int c = -1; c <= 1; c++) {
            int truePositives = 0;
            int falsePositives = 0;
            int falseNegatives = 0;
            for (int i = 0; i < predicted.length; i++) {
                boolean predictedC = classOf(predicted[i], predictedThreshold) == c;
                boolean actualC = classOf(actual[i], actualThreshold) == c;
                if (predictedC && actualC) {
                    truePositives++;
                } else if (predictedC) {
                    falsePositives++;
                } else if (actualC) {
                    falseNegatives++;
                }
            }
            sum += truePositives == 0 ? 0 : 2.0 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
        }
        return sum / 3;
    }

    static int classOf(double value, double threshold) {
        return value > threshold ? 1 : value < -threshold ? -1 : 0;
    }
}
