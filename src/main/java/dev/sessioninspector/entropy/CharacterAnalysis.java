package dev.sessioninspector.entropy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character-level analysis per position: the character set, its Shannon entropy, the count (uniformity)
 * test and the transition test across successive tokens, as Burp Sequencer's character-level analysis does,
 * but judged against the encoding's alphabet rather than only the characters that happened to appear.
 */
final class CharacterAnalysis {
    private CharacterAnalysis() {
    }

    /**
     * The fewest draws per character for the χ² tests to run: below one, the χ² approximation's tail is far too
     * heavy (23 base64 IDs, 0.36 draws per character, failed a transition test at family-wise 0.1 % in about 1
     * sample in 150, and two such failures cost a 16-byte ID 6 bits). The bit-level tests still look at those
     * positions.
     */
    static final double MIN_EXPECTED = 1;

    static List<PositionStats> analyze(List<String> core, String alphabet) {
        return analyze(core, alphabet, new DistinctCounts(alphabet.length()));
    }

    /** As {@link #analyze(List, String)}, the distinct-character distribution carried in {@code distinct} (tests). */
    static List<PositionStats> analyze(List<String> core, String alphabet, DistinctCounts distinct) {
        int maxLen = core.stream().mapToInt(String::length).max().orElse(0);
        Map<Character, Integer> index = new HashMap<>();
        for (int i = 0; i < alphabet.length(); i++) {
            index.put(alphabet.charAt(i), i);
        }
        int k = alphabet.length();
        PositionStats[] out = new PositionStats[maxLen];
        int[] idx = new int[core.size()];
        // last position first: the samples per position then mostly rise, and the distribution of distinct
        // characters is carried forward a draw at a time instead of computed from zero for every sample count
        // (tokens of 1 to 8,192 characters once cost 8,192 computations of up to n·k steps each)
        for (int p = maxLen - 1; p >= 0; p--) {
            int[] counts = new int[k];
            int samples = 0;
            for (int t = 0; t < core.size(); t++) {
                String s = core.get(t);
                if (s.length() > p) {
                    Integer i = index.get(s.charAt(p));
                    idx[t] = i == null ? -1 : i;
                    if (i != null) {
                        counts[i]++;
                        samples++;
                    }
                } else {
                    idx[t] = -1;
                }
            }
            out[p] = position(p, samples, counts, alphabet, idx, distinct, p == maxLen - 1 ? tailStep(core, alphabet) : 0);
        }
        return List.of(out);
    }

    /**
     * The last character of unpadded base64 whose tokens all have one length carries only the bits left over:
     * 2 (its index a multiple of 16: {@code A Q g w}) when the length is 2 more than a multiple of 4, 4 (a
     * multiple of 4) when it is 3 more. Returns that step, or 0 when the position is not such a tail. Without it
     * the alphabet of the tail is only the characters seen, and a small sample that happened to miss one of
     * {@code A Q g w} (1 in 200 samples of 23) counted 1.58 bits there, not 2: a 16-byte ID judged under 128 bits.
     */
    static int tailStep(List<String> core, String alphabet) {
        if (!alphabet.equals(Encoding.BASE64.alphabet()) && !alphabet.equals(Encoding.BASE64URL.alphabet())
                || core.isEmpty()) {
            return 0;
        }
        int length = core.get(0).length();
        for (String t : core) {
            if (t.length() != length) {
                return 0;
            }
        }
        return switch (length % 4) {
            case 2 -> 16;
            case 3 -> 4;
            default -> 0;
        };
    }

    private static PositionStats position(int p, int samples, int[] counts, String alphabet, int[] idx,
            DistinctCounts cdfs, int tailStep) {
        int k = alphabet.length();
        int distinct = 0;
        boolean onTail = tailStep > 0;
        for (int i = 0; i < k; i++) {
            distinct += counts[i] > 0 ? 1 : 0;
            onTail = onTail && (counts[i] == 0 || i % tailStep == 0);
        }
        onTail &= samples > 0;
        boolean full = !onTail && (distinct >= k || samples == 0 || !implausiblyFew(cdfs.cdf(samples), distinct));
        StringBuilder chars = new StringBuilder();
        List<Integer> chosen = new ArrayList<>();
        int[] remap = new int[k];
        for (int i = 0; i < k; i++) {
            remap[i] = -1;
            // a base64 tail draws from the characters its leftover bits can make, the whole of that set, seen or not
            if (onTail ? i % tailStep == 0 : full || counts[i] > 0) {
                remap[i] = chars.length();
                chars.append(alphabet.charAt(i));
                chosen.add(counts[i]);
            }
        }
        int size = chars.length();
        double shannon = 0;
        for (int c : counts) {
            if (c > 0) {
                double q = c / (double) samples;
                shannon -= q * Math.log(q) / Math.log(2);
            }
        }
        double uniformity = Double.NaN;
        if (size > 1 && samples >= MIN_EXPECTED * size) {
            double expected = samples / (double) size;
            double chi2 = 0;
            for (int c : chosen) {
                chi2 += (c - expected) * (c - expected) / expected;
            }
            uniformity = SpecialFunctions.chiSquareSurvival(chi2, size - 1);
        }
        double transition = transitionPValue(idx, remap, size);
        int bits = size > 1 ? 31 - Integer.numberOfLeadingZeros(size) : 0;
        return new PositionStats(p, samples, distinct, size, chars.toString(), chosen, Math.max(0, shannon),
                size > 0 ? Math.log(size) / Math.log(2) : 0, uniformity, transition, bits);
    }

    /** Uniform steps between successive tokens' characters: χ² of (next − previous) mod k. */
    private static double transitionPValue(int[] idx, int[] remap, int size) {
        if (size < 2) {
            return Double.NaN;
        }
        long[] steps = new long[size];
        int pairs = 0;
        for (int t = 0; t + 1 < idx.length; t++) {
            if (idx[t] >= 0 && idx[t + 1] >= 0) {
                int a = remap[idx[t]];
                int b = remap[idx[t + 1]];
                steps[Math.floorMod(b - a, size)]++;
                pairs++;
            }
        }
        if (pairs < 2 || pairs < MIN_EXPECTED * size) {
            return Double.NaN;
        }
        double expected = pairs / (double) size;
        double chi2 = 0;
        for (long c : steps) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        return SpecialFunctions.chiSquareSurvival(chi2, size - 1);
    }

    /**
     * Probability below which a position is judged to draw from only the characters it showed, not the whole
     * alphabet. Strict, because a wrong call costs a good token part of its width: a 16-byte base64url token is
     * exactly 128 bits, and the former rule (four standard deviations under the expected count, a normal
     * approximation whose tail is far too thin here) cut one position in every few hundred samples of 200 and so
     * judged a CSPRNG's IDs "under 128 bits". A real subset (the last character of base64 carrying 2 bits, hex
     * inside a wider alphabet) misses dozens of characters and lies many orders of magnitude below this.
     */
    static final double SUBSET_ALPHA = 1e-9;

    /**
     * The exact distribution of the number of distinct characters in n uniform draws from k, as P(D ≤ d) for
     * d = 0…k, by adding one draw at a time: O(n·k).
     */
    static double[] distinctCdf(int k, int n) {
        return new DistinctCounts(k).cdf(n);
    }

    /**
     * The distribution of the number of distinct characters among uniform draws from k, one draw added at a time:
     * asked for rising numbers of draws, each draw is added once (O(k) each), however many positions ask.
     */
    static final class DistinctCounts {
        private final int k;
        private final double[] p;
        private int draws;
        private long added;

        DistinctCounts(int k) {
            this.k = k;
            this.p = new double[k + 1];
            p[0] = 1;
        }

        /** P(D ≤ d) for d = 0…k after {@code n} draws. */
        double[] cdf(int n) {
            if (n < draws) {
                java.util.Arrays.fill(p, 0);
                p[0] = 1;
                draws = 0;
            }
            for (; draws < n; draws++) {
                for (int j = Math.min(draws + 1, k); j >= 1; j--) {
                    p[j] = p[j] * j / k + p[j - 1] * (k - j + 1) / k;
                }
                p[0] = 0;
                added++;
            }
            double[] cdf = new double[k + 1];
            double sum = 0;
            for (int d = 0; d <= k; d++) {
                sum += p[d];
                cdf[d] = Math.min(1, sum);
            }
            return cdf;
        }

        /** Draws added so far, over all calls. */
        long added() {
            return added;
        }
    }

    /** True when n uniform draws from k characters show as few as {@code distinct} with probability under {@link #SUBSET_ALPHA}. */
    static boolean implausiblyFew(double[] cdf, int distinct) {
        return distinct < cdf.length - 1 && cdf[distinct] < SUBSET_ALPHA;
    }
}
