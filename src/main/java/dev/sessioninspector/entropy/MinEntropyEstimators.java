package dev.sessioninspector.entropy;

import java.util.Arrays;

/**
 * NIST SP 800-90B §6.3 (non-IID track) min-entropy estimators for a binary sequence, in bits per bit: the
 * most common value (§6.3.1), collision (§6.3.2), Markov (§6.3.3), compression (§6.3.4), t-tuple (§6.3.5) and
 * longest repeated substring (§6.3.6). Each uses the 99 % upper confidence bound (Z = 2.5758…, the normal
 * quantile the reference implementation uses; the publication prints it rounded to 2.576) of its
 * probability, as the publication does; NaN where the sequence is too short for the estimator (compression
 * needs more than 6,000 bits) or it does not apply (LRS when no substring longer than the t-tuple's repeats).
 * Tuples and repeated substrings are counted up to 64 bits long.
 */
final class MinEntropyEstimators {
    /** Estimator names, in the order of {@link #estimate}'s result. */
    static final String[] NAMES = {"mostCommonValue", "collision", "markov", "compression", "tTuple", "lrs"};
    /** The 0.995 quantile of the standard normal distribution. */
    private static final double Z = 2.5758293035489004;
    private static final int COMPRESSION_BLOCK = 6;
    private static final int COMPRESSION_DICTIONARY = 1000;

    private MinEntropyEstimators() {
    }

    /** All six estimates for {@code bits} (bits per bit, each in [0, 1] or NaN). */
    static double[] estimate(BitSequence bits) {
        double[] tuple = TupleEstimates.tupleAndLrs(bits);
        return new double[] {mostCommonValue(bits), collision(bits), markov(bits), compression(bits), tuple[0],
            tuple[1]};
    }

    /** The most this sample size lets any estimate say, per bit: the MCV bound for a perfectly balanced bit. */
    static double ceiling(int n) {
        return n < 2 ? 0 : -log2(upperBound(0.5, n));
    }

    static double mostCommonValue(BitSequence bits) {
        int n = bits.length();
        if (n < 2) {
            return Double.NaN;
        }
        int ones = bits.countOnes();
        return mostCommonValue(Math.max(ones, n - ones), n);
    }

    /** §6.3.1 from the commoner bit's count {@code mode} among {@code n}. */
    static double mostCommonValue(long mode, long n) {
        return fromProbability(mode / (double) n, n);
    }

    /**
     * §6.3.2 for a binary alphabet: the mean time to the first repeated value (2 or 3 samples), its lower
     * confidence bound X̄′, and the p solving E(p) = X̄′; for two symbols E(p) = 2 + 2p(1 − p), which is the
     * publication's expression with F(q) = q + 2q² + 2q³.
     */
    static double collision(BitSequence bits) {
        int n = bits.length();
        long count = 0;
        double sum = 0;
        double sumSquares = 0;
        int i = 0;
        while (i + 1 < n) {
            int t;
            if (bits.bit(i) == bits.bit(i + 1)) {
                t = 2;
            } else if (i + 2 < n) {
                t = 3;
            } else {
                break;
            }
            count++;
            sum += t;
            sumSquares += (double) t * t;
            i += t;
        }
        return collision(count, sum, sumSquares);
    }

    /**
     * §6.3.2 from the {@code count} times to a collision, their sum and sum of squares: σ̂ is their sample standard
     * deviation (the 0.5907 factor belongs to the compression estimate only).
     */
    static double collision(long count, double sum, double sumSquares) {
        if (count < 2) {
            return Double.NaN;
        }
        double mean = sum / count;
        double sigma = Math.sqrt(Math.max(0, (sumSquares - count * mean * mean) / (count - 1)));
        double lower = lowerBound(mean, sigma, count);
        if (lower >= 2.5) {
            return 1;
        }
        double p = lower <= 2 ? 1 : (1 + Math.sqrt(1 - 2 * (lower - 2))) / 2;
        return -log2(p);
    }

    /** §6.3.3 for a binary alphabet: the most likely 128-bit sequence of the first-order Markov model. */
    static double markov(BitSequence bits) {
        int n = bits.length();
        if (n < 2) {
            return Double.NaN;
        }
        long[][] c = new long[2][2];
        for (int i = 0; i + 1 < n; i++) {
            c[bits.bit(i)][bits.bit(i + 1)]++;
        }
        double p1 = bits.countOnes() / (double) n;
        return markov(1 - p1, p1, ratio(c[0][0], c[0][0] + c[0][1]), ratio(c[0][1], c[0][0] + c[0][1]),
                ratio(c[1][0], c[1][0] + c[1][1]), ratio(c[1][1], c[1][0] + c[1][1]));
    }

    /** §6.3.3 from the initial probabilities and the transition probabilities (p01: from 0 to 1). */
    static double markov(double p0, double p1, double p00, double p01, double p10, double p11) {
        double[] logs = {
            log2(p0) + 127 * log2(p00),
            log2(p0) + 64 * log2(p01) + 63 * log2(p10),
            log2(p0) + log2(p01) + 126 * log2(p11),
            log2(p1) + log2(p10) + 126 * log2(p00),
            log2(p1) + 64 * log2(p10) + 63 * log2(p01),
            log2(p1) + 127 * log2(p11)};
        double max = Arrays.stream(logs).max().orElse(Double.NEGATIVE_INFINITY);
        return Math.min(-max / 128, 1);
    }

    /** §6.3.4 with b = 6-bit blocks and a 1,000-block dictionary; per bit (the per-block figure over 6). */
    static double compression(BitSequence bits) {
        int blocks = bits.length() / COMPRESSION_BLOCK;
        int nu = blocks - COMPRESSION_DICTIONARY;
        if (nu < 2) {
            return Double.NaN;
        }
        int[] dictionary = new int[1 << COMPRESSION_BLOCK];
        double sum = 0;
        double sumSquares = 0;
        for (int i = 1; i <= blocks; i++) {
            int s = bits.bits((i - 1) * COMPRESSION_BLOCK, COMPRESSION_BLOCK);
            if (i > COMPRESSION_DICTIONARY) {
                int d = dictionary[s] == 0 ? i : i - dictionary[s];
                double l = log2(d);
                sum += l;
                sumSquares += l * l;
            }
            dictionary[s] = i;
        }
        double mean = sum / nu;
        double sigma = 0.5907 * Math.sqrt(Math.max(0, sumSquares / (nu - 1) - mean * mean));
        return compression(lowerBound(mean, sigma, nu), blocks);
    }

    /** §6.3.4 from X̄′, the lower bound of the mean log-distance, over {@code blocks} 6-bit blocks; per bit. */
    static double compression(double lower, int blocks) {
        int k = 1 << COMPRESSION_BLOCK;
        double[] logs = new double[blocks + 1]; // log₂ t for G's sums, computed once for the ~120 evaluations
        for (int t = 1; t <= blocks; t++) {
            logs[t] = log2(t);
        }
        double lo = 1.0 / k;
        if (lower >= compressionExpectation(lo, blocks, k, logs)) {
            return 1;
        }
        double hi = 1;
        for (int iteration = 0; iteration < 60; iteration++) {
            double mid = (lo + hi) / 2;
            // lo and hi adjacent (or equal): after this step neither moves again, so the rest would repeat it
            boolean settled = mid == lo || mid == hi;
            if (compressionExpectation(mid, blocks, k, logs) > lower) {
                lo = mid;
            } else {
                hi = mid;
            }
            if (settled) {
                break;
            }
        }
        return Math.min(1, -log2((lo + hi) / 2) / COMPRESSION_BLOCK);
    }

    /**
     * G(p) + (k − 1)·G(q), q = (1 − p)/(k − 1): the expected mean log-distance when one block has probability p.
     * G(z) = (1/ν) Σ_{t=d+1}^{L'} Σ_{u=1}^{t} log₂(u)·F(z, t, u), summed in O(L') with a running inner sum. G(p) and
     * G(q) are summed in one pass, two independent chains the processor overlaps; each is added in the order it
     * would be alone, so the figure is the same to the last bit.
     */
    private static double compressionExpectation(double p, int blocks, int k, double[] logs) {
        double q = (1 - p) / (k - 1);
        int d = COMPRESSION_DICTIONARY;
        double wp = 1 - p;
        double wq = 1 - q;
        double innerP = 0; // Σ_{u=1}^{t-1} log2(u)·w^(u-1)
        double innerQ = 0;
        double powerP = 1; // w^(t-1)
        double powerQ = 1;
        for (int u = 1; u <= d; u++) {
            innerP += logs[u] * powerP;
            powerP *= wp;
            innerQ += logs[u] * powerQ;
            powerQ *= wq;
        }
        double totalP = 0;
        double totalQ = 0;
        for (int t = d + 1; t <= blocks; t++) {
            double lt = logs[t];
            totalP += p * p * innerP + p * lt * powerP;
            innerP += lt * powerP;
            powerP *= wp;
            totalQ += q * q * innerQ + q * lt * powerQ;
            innerQ += lt * powerQ;
            powerQ *= wq;
        }
        return totalP / (blocks - d) + (k - 1) * (totalQ / (blocks - d));
    }

    /** −log₂ of the 99 % upper bound of a probability estimated from {@code n} samples (MCV, t-tuple, LRS). */
    static double fromProbability(double pHat, long n) {
        return -log2(upperBound(pHat, n));
    }

    /** X̄ − Z·σ̂/√count: the 99 % lower bound of a mean (collision, compression). */
    static double lowerBound(double mean, double sigma, long count) {
        return mean - Z * sigma / Math.sqrt(count);
    }

    private static double upperBound(double p, long n) {
        return Math.min(1, p + Z * Math.sqrt(p * (1 - p) / (n - 1)));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
