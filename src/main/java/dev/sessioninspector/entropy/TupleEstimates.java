package dev.sessioninspector.entropy;

import java.util.Arrays;

/**
 * NIST SP 800-90B §6.3.5 (t-tuple) and §6.3.6 (longest repeated substring) for a binary sequence, the two
 * estimates {@link MinEntropyEstimators} takes from one count of the tuples.
 */
final class TupleEstimates {
    /** §6.3.5 looks at tuple lengths up to the longest whose commonest tuple occurs at least this often. */
    private static final int TUPLE_CUTOFF = 35;
    /** Longest tuples counted in a table (2^20 counts) rather than by splitting groups. */
    private static final int MAX_TABLE_BITS = 20;

    private TupleEstimates() {
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
            tuple = MinEntropyEstimators.fromProbability(pMax, n);
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
            lrs = MinEntropyEstimators.fromProbability(pMax, n);
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
}
