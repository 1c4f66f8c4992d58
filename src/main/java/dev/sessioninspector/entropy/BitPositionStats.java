package dev.sessioninspector.entropy;

/**
 * Bit-level statistics of one extracted bit: bit {@code bit} (0 = most significant) of character position
 * {@code position}, read across the tokens in sample order.
 *
 * @param samples           tokens that contributed this bit
 * @param onesFraction      share of ones
 * @param frequencyPValue   NIST monobit test over the sequence
 * @param runsPValue        NIST runs test
 * @param pokerPValue       two-sided χ² (15 d.f.) of 4-bit patterns (NaN below 320 samples)
 * @param longRunPValue     chance of a run at least as long as the longest observed
 * @param spectralPValue    NIST spectral test on the longest power-of-two prefix (NaN below 1,024 samples)
 * @param correlationPValue strongest correlation with any other extracted bit, Šidák-corrected (NaN: alone)
 * @param fipsPassed        FIPS 140-2 tests (recalibrated to the sample size) all passed (true when too short)
 */
public record BitPositionStats(int index, int position, int bit, int samples, double onesFraction,
        double frequencyPValue, double runsPValue, double pokerPValue, double longRunPValue, double spectralPValue,
        double correlationPValue, boolean fipsPassed) {
    public BitPositionStats {
        if (index < 0 || position < 0 || bit < 0 || samples < 0) {
            throw new IllegalArgumentException("inconsistent bit statistics");
        }
    }

    /** The smallest P-value of this bit's tests (NaN entries ignored). */
    public double minPValue() {
        double min = 1.0;
        for (double p : new double[] {frequencyPValue, runsPValue, pokerPValue, longRunPValue, spectralPValue,
            correlationPValue}) {
            if (!Double.isNaN(p)) {
                min = Math.min(min, p);
            }
        }
        return min;
    }

    /** Number of tests that produced a P-value. */
    public int testsRun() {
        int n = 0;
        for (double p : new double[] {frequencyPValue, runsPValue, pokerPValue, longRunPValue, spectralPValue,
            correlationPValue}) {
            n += Double.isNaN(p) ? 0 : 1;
        }
        return n;
    }

    public boolean passes(double alpha) {
        return minPValue() >= alpha;
    }
}
