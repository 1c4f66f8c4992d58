package dev.sessioninspector.entropy;

import static dev.sessioninspector.entropy.SpecialFunctions.igamc;

/**
 * NIST SP 800-22 Rev 1a §2.11 (serial) and §2.12 (approximate entropy): overlapping m-bit pattern counts
 * over the sequence extended cyclically by its first m−1 bits.
 */
public final class NistSerialTests {
    private static final int MAX_M = 24;

    private NistSerialTests() {
    }

    /** §2.11 Serial test with block length m: P-values for ∇ψ²ₘ and ∇²ψ²ₘ. */
    public static BitTestResult serial(BitSequence bits, int m) {
        if (m < 2 || m > MAX_M) {
            throw new IllegalArgumentException("serial test block length must be in [2, " + MAX_M + "], not " + m);
        }
        int n = bits.length();
        if (n < m) {
            return BitTestResult.notApplicable("serial", "fewer bits than m=" + m);
        }
        long[] counts = patternCounts(bits, m);
        double psiM = psiSquared(counts, n);
        long[] c1 = marginal(counts);
        double psiM1 = psiSquared(c1, n);
        double psiM2 = m - 2 >= 1 ? psiSquared(marginal(c1), n) : 0.0;
        double del1 = psiM - psiM1;
        double del2 = psiM - 2 * psiM1 + psiM2;
        double p1 = igamc(Math.pow(2, m - 2), del1 / 2);
        double p2 = igamc(Math.pow(2, m - 3), del2 / 2);
        return BitTestResult.of("serial", del1, "m=" + m + ", del1=" + fmt(del1) + ", del2=" + fmt(del2), p1, p2);
    }

    /** §2.12 Approximate entropy test with block length m. */
    public static BitTestResult approximateEntropy(BitSequence bits, int m) {
        if (m < 1 || m + 1 > MAX_M) {
            throw new IllegalArgumentException("approximate entropy block length must be in [1, " + (MAX_M - 1)
                    + "], not " + m);
        }
        int n = bits.length();
        if (n < m + 1) {
            return BitTestResult.notApplicable("approximateEntropy", "fewer bits than m+1=" + (m + 1));
        }
        long[] countsM1 = patternCounts(bits, m + 1);
        long[] countsM = marginal(countsM1);
        double apEn = phi(countsM, n) - phi(countsM1, n);
        double chi2 = 2.0 * n * (Math.log(2) - apEn);
        return BitTestResult.of("approximateEntropy", chi2, "m=" + m + ", ApEn=" + fmt(apEn),
                igamc(Math.pow(2, m - 1), chi2 / 2));
    }

    /** Counts of every overlapping k-bit pattern (read most significant bit first), cyclically extended. */
    static long[] patternCounts(BitSequence bits, int k) {
        int n = bits.length();
        long[] counts = new long[1 << k];
        int mask = (1 << k) - 1;
        int window = 0;
        for (int i = 0; i < k - 1; i++) {
            window = (window << 1) | bits.bit(i % n);
        }
        long[] words = bits.words();
        for (int i = 0; i < n; i++) {
            int j = i + k - 1;
            if (j >= n) {
                j %= n;
            }
            window = ((window << 1) | (int) (words[j >>> 6] >>> (j & 63)) & 1) & mask;
            counts[window]++;
        }
        return counts;
    }

    /** Counts of (k−1)-bit patterns from k-bit counts: a window's prefix is the shorter window at the same start. */
    static long[] marginal(long[] counts) {
        long[] out = new long[counts.length / 2];
        for (int q = 0; q < out.length; q++) {
            out[q] = counts[q << 1] + counts[(q << 1) | 1];
        }
        return out;
    }

    private static double psiSquared(long[] counts, int n) {
        double sum = 0;
        for (long c : counts) {
            sum += (double) c * c;
        }
        return counts.length / (double) n * sum - n;
    }

    private static double phi(long[] counts, int n) {
        double sum = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = c / (double) n;
                sum += p * Math.log(p);
            }
        }
        return sum;
    }

    private static String fmt(double v) {
        return NistFrequencyTests.round(v);
    }
}
