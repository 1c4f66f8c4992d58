package dev.sessioninspector.entropy;

import static dev.sessioninspector.entropy.SpecialFunctions.erfc;
import static dev.sessioninspector.entropy.SpecialFunctions.igamc;
import static dev.sessioninspector.entropy.SpecialFunctions.normalCdf;

/**
 * NIST SP 800-22 Rev 1a §2.1 (frequency), §2.2 (frequency within a block), §2.3 (runs) and §2.13
 * (cumulative sums), computed exactly as the publication describes them.
 */
public final class NistFrequencyTests {
    private NistFrequencyTests() {
    }

    /** §2.1 Frequency (monobit) test. */
    public static BitTestResult frequency(BitSequence bits) {
        int n = bits.length();
        if (n == 0) {
            return BitTestResult.notApplicable("frequency", "no bits");
        }
        long s = 2L * bits.countOnes() - n;
        double sObs = Math.abs(s) / Math.sqrt(n);
        return BitTestResult.of("frequency", sObs, "S_n=" + s, erfc(sObs / Math.sqrt(2)));
    }

    /** §2.2 Frequency test within a block of {@code m} bits (the battery uses M = 128). */
    public static BitTestResult blockFrequency(BitSequence bits, int m) {
        if (m < 1) {
            throw new IllegalArgumentException("block length must be >= 1, not " + m);
        }
        int blocks = bits.length() / m;
        if (blocks < 1) {
            return BitTestResult.notApplicable("blockFrequency", "fewer than M=" + m + " bits");
        }
        double sum = 0;
        for (int i = 0; i < blocks; i++) {
            double pi = bits.countOnes(i * m, (i + 1) * m) / (double) m - 0.5;
            sum += pi * pi;
        }
        double chi2 = 4.0 * m * sum;
        return BitTestResult.of("blockFrequency", chi2, "M=" + m + ", N=" + blocks, igamc(blocks / 2.0, chi2 / 2.0));
    }

    /**
     * §2.3 Runs test. When the frequency prerequisite fails (|π − ½| ≥ 2/√n) NIST reports P = 0 without
     * running the test; so does this.
     */
    public static BitTestResult runs(BitSequence bits) {
        int n = bits.length();
        if (n < 2) {
            return BitTestResult.notApplicable("runs", "fewer than 2 bits");
        }
        double pi = bits.countOnes() / (double) n;
        if (Math.abs(pi - 0.5) >= 2.0 / Math.sqrt(n)) {
            return BitTestResult.of("runs", Double.NaN,
                    "frequency prerequisite failed: pi=" + round(pi), 0.0);
        }
        long v = 1L + bits.transitions();
        double num = Math.abs(v - 2.0 * n * pi * (1 - pi));
        double den = 2.0 * Math.sqrt(2.0 * n) * pi * (1 - pi);
        return BitTestResult.of("runs", v, "V_n=" + v, erfc(num / den));
    }

    /** §2.13 Cumulative sums, forward then backward: one result with two P-values. */
    public static BitTestResult cumulativeSums(BitSequence bits) {
        int n = bits.length();
        if (n == 0) {
            return BitTestResult.notApplicable("cumulativeSums", "no bits");
        }
        int forward = maxExcursion(bits, false);
        int backward = maxExcursion(bits, true);
        return BitTestResult.of("cumulativeSums", Math.max(forward, backward),
                "z_forward=" + forward + ", z_backward=" + backward,
                cusumPValue(n, forward), cusumPValue(n, backward));
    }

    /** §2.13 in one direction: mode 0 (forward) or 1 (backward). */
    public static BitTestResult cumulativeSums(BitSequence bits, boolean backward) {
        int n = bits.length();
        if (n == 0) {
            return BitTestResult.notApplicable("cumulativeSums", "no bits");
        }
        int z = maxExcursion(bits, backward);
        return BitTestResult.of("cumulativeSums", z, backward ? "backward" : "forward", cusumPValue(n, z));
    }

    static int maxExcursion(BitSequence bits, boolean backward) {
        int n = bits.length();
        int sum = 0;
        int max = 0;
        for (int k = 0; k < n; k++) {
            sum += bits.bit(backward ? n - 1 - k : k) == 1 ? 1 : -1;
            max = Math.max(max, Math.abs(sum));
        }
        return max;
    }

    /** The P-value of §2.13 step (4), with the summation bounds NIST's reference code uses (int division). */
    static double cusumPValue(int n, int z) {
        if (z == 0) {
            return 1.0;
        }
        double sqrtN = Math.sqrt(n);
        double sum1 = 0;
        for (int k = (-n / z + 1) / 4; k <= (n / z - 1) / 4; k++) {
            sum1 += normalCdf((4.0 * k + 1) * z / sqrtN) - normalCdf((4.0 * k - 1) * z / sqrtN);
        }
        double sum2 = 0;
        for (int k = (-n / z - 3) / 4; k <= (n / z - 1) / 4; k++) {
            sum2 += normalCdf((4.0 * k + 3) * z / sqrtN) - normalCdf((4.0 * k + 1) * z / sqrtN);
        }
        return 1.0 - sum1 + sum2;
    }

    static String round(double v) {
        return Decimals.fixed(v, 6);
    }
}
