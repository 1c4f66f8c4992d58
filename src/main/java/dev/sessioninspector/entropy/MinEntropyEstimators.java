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
    private static final int TUPLE_CUTOFF = 35;
    private static final int COMPRESSION_BLOCK = 6;
    private static final int COMPRESSION_DICTIONARY = 1000;
    /** Longest tuples counted in a table (2^20 counts) rather than by splitting groups. */
    private static final int MAX_TABLE_BITS = 20;

    private MinEntropyEstimators() {
    }

    /** All six estimates for {@code bits} (bits per bit, each in [0, 1] or NaN). */
    static double[] estimate(BitSequence bits) {
        double[] tuple = tupleAndLrs(bits);
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

    /**
     * §6.3.5 and §6.3.6: for each length W, the most frequent W-tuple's count Q[W] and Σ C(count, 2) over
     * W-tuples. Up to W = K (K the bits that write n, so 2^K > n) from a table of the K-bit tuples' counts,
     * folded into the (W − 1)-bit table one length at a time (plus the one window the shorter length adds at the
     * end). Longer W from the positions grouped by their first W bits: each longer W splits the groups by one
     * more bit (zeros past the end; windows that run past the end stay in their group but are not counted), so
     * only positions that still share a prefix with another are visited again. {t-tuple, LRS} estimates.
     */
    static double[] tupleAndLrs(BitSequence bits) {
        int n = bits.length();
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int maxW = Math.min(64, n);
        long[] q = new long[maxW + 1];
        double[] pairs = new double[maxW + 1];
        int prefix = Math.min(Math.min(maxW, MAX_TABLE_BITS), 32 - Integer.numberOfLeadingZeros(n));
        int[] windows = windows(bits, prefix);
        boolean repeats = countShortTuples(windows, prefix, q, pairs);
        if (repeats && prefix < maxW) {
            countLongTuples(bits, windows, prefix, maxW, q, pairs);
        } else if (!repeats) {
            Arrays.fill(q, prefix + 1, maxW + 1, 1);
        }
        int tMax = 0;
        while (tMax < maxW && q[tMax + 1] >= TUPLE_CUTOFF) {
            tMax++;
        }
        double tuple = Double.NaN;
        if (tMax > 0) {
            double pMax = 0;
            for (int w = 1; w <= tMax; w++) {
                pMax = Math.max(pMax, Math.pow(q[w] / (double) (n - w + 1), 1.0 / w));
            }
            tuple = fromProbability(pMax, n);
        }
        int v = 0;
        for (int w = maxW; w >= 1; w--) {
            if (pairs[w] > 0) {
                v = w;
                break;
            }
        }
        double lrs = Double.NaN;
        if (tMax + 1 <= v) {
            double pMax = 0;
            for (int w = tMax + 1; w <= v; w++) {
                double all = (n - w + 1) * (double) (n - w) / 2;
                pMax = Math.max(pMax, Math.pow(pairs[w] / all, 1.0 / w));
            }
            lrs = fromProbability(pMax, n);
        }
        return new double[] {tuple, lrs};
    }

    /** Each start's {@code width}-bit window, zeros past the end, first bit highest. */
    private static int[] windows(BitSequence bits, int width) {
        int n = bits.length();
        int[] windows = new int[n];
        int v = 0;
        for (int s = n - 1; s >= 0; s--) {
            v = (v >>> 1) | (bits.bit(s) << (width - 1));
            windows[s] = v;
        }
        return windows;
    }

    /**
     * Q[W] and the pairs for W = width down to 1 from the table of tuple counts; false when no {@code width}-tuple
     * repeats (then no longer one does either).
     */
    private static boolean countShortTuples(int[] windows, int width, long[] q, double[] pairs) {
        int n = windows.length;
        int[] counts = new int[1 << width];
        for (int s = 0; s + width <= n; s++) {
            counts[windows[s]]++;
        }
        for (int w = width; w >= 1; w--) {
            int size = 1 << w;
            long best = 1;
            double sumPairs = 0;
            for (int v = 0; v < size; v++) {
                int c = counts[v];
                best = Math.max(best, c);
                sumPairs += c * (c - 1L) / 2.0;
            }
            q[w] = best;
            pairs[w] = sumPairs;
            if (w > 1) {
                for (int v = 0; v < size >>> 1; v++) {
                    counts[v] = counts[2 * v] + counts[2 * v + 1];
                }
                counts[windows[n - w + 1] >>> (width - w + 1)]++; // the window only the shorter length has
            }
        }
        return q[width] > 1;
    }

    /** Q[W] and the pairs for W past {@code width}, splitting the groups of starts that share a prefix. */
    private static void countLongTuples(BitSequence bits, int[] windows, int width, int maxW, long[] q,
            double[] pairs) {
        int n = bits.length();
        int[] members = new int[n]; // start positions, each group of two or more a range of it
        int[] starts = new int[(1 << width) + 1];
        for (int window : windows) {
            starts[window + 1]++;
        }
        for (int v = 0; v < 1 << width; v++) {
            starts[v + 1] += starts[v];
        }
        int[] fill = Arrays.copyOf(starts, 1 << width);
        for (int s = 0; s < n; s++) {
            members[fill[windows[s]]++] = s;
        }
        int capacity = Math.max(1, n / 2); // groups of two or more
        int[] from = new int[capacity];
        int[] to = new int[capacity];
        int groups = 0;
        for (int v = 0; v < 1 << width; v++) {
            if (starts[v + 1] - starts[v] >= 2) {
                from[groups] = starts[v];
                to[groups++] = starts[v + 1];
            }
        }
        int[] ones = new int[n];
        int[] nextFrom = new int[capacity];
        int[] nextTo = new int[capacity];
        for (int w = width + 1; w <= maxW; w++) {
            int next = 0;
            long best = 1; // the window at 0 is counted, and every group left behind counts at most 1
            double sumPairs = 0;
            for (int g = 0; g < groups; g++) {
                int zeros = from[g];
                int o = 0;
                int zeroCount = 0;
                int oneCount = 0;
                for (int k = from[g]; k < to[g]; k++) {
                    int s = members[k];
                    int counted = s + w <= n ? 1 : 0;
                    int one = counted == 1 ? bits.bit(s + w - 1) : 0;
                    // no branch on the bit (random bits would mispredict half the time): write both, advance one
                    ones[o] = s;
                    members[zeros] = s;
                    o += one;
                    zeros += 1 - one;
                    oneCount += one;
                    zeroCount += counted - one;
                }
                System.arraycopy(ones, 0, members, zeros, o);
                best = Math.max(best, Math.max(zeroCount, oneCount));
                sumPairs += zeroCount * (zeroCount - 1L) / 2.0 + oneCount * (oneCount - 1L) / 2.0;
                if (zeros - from[g] >= 2) {
                    nextFrom[next] = from[g];
                    nextTo[next++] = zeros;
                }
                if (o >= 2) {
                    nextFrom[next] = zeros;
                    nextTo[next++] = to[g];
                }
            }
            q[w] = best;
            pairs[w] = sumPairs;
            if (best <= 1) {
                // longer tuples only split these groups further: every count stays at most 1, so Q is 1 and no
                // pair repeats from here on
                Arrays.fill(q, w + 1, maxW + 1, 1);
                break;
            }
            int[] swap = from;
            from = nextFrom;
            nextFrom = swap;
            swap = to;
            to = nextTo;
            nextTo = swap;
            groups = next;
        }
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
