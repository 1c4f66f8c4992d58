package dev.sessioninspector.entropy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Bit-level analysis as Burp Sequencer does it: each character position contributes ⌊log₂ k⌋ bits (k its
 * alphabet size; a character whose index is k rounded down to a power of two or more is skipped for those
 * bits, so the bits stay unbiased), and each extracted bit, read across the tokens in sample order, is tested:
 * NIST monobit and runs, a two-sided poker test, the longest run, the NIST spectral test, correlation with
 * every other extracted bit, and FIPS 140-2 recalibrated to the sample size.
 */
final class BitLevelAnalysis {
    static final int MIN_SAMPLES = 20;
    /** Word operations the all-pairs correlation test may spend before it narrows to neighbouring bits. */
    static final long CORRELATION_BUDGET = 1L << 26;
    /** Neighbours on each side every bit is compared with, whatever the budget. */
    static final int MIN_CORRELATION_WINDOW = 64;

    /** The bits' statistics and how many failed FIPS. */
    record Result(List<BitPositionStats> bits, int fipsFailures, double[][] minEntropy) {
    }

    private BitLevelAnalysis() {
    }

    static Result analyze(List<String> core, List<PositionStats> positions) {
        int n = core.size();
        int words = (n + 63) >>> 6;
        List<int[]> units = new ArrayList<>(); // {position, bit, bitsPerChar}
        for (PositionStats p : positions) {
            for (int j = 0; j < p.bitsPerCharacter(); j++) {
                units.add(new int[] {p.position(), j, p.bitsPerCharacter()});
            }
        }
        int u = units.size();
        long[][] aligned = new long[u][words];
        long[][] present = new long[u][words];
        BitSequence.Builder[] sequences = new BitSequence.Builder[u];
        for (int i = 0; i < u; i++) {
            sequences[i] = BitSequence.builder(n);
        }
        int[] firstUnit = new int[positions.size() + 1];
        for (int i = 0; i < positions.size(); i++) {
            firstUnit[i + 1] = firstUnit[i] + positions.get(i).bitsPerCharacter();
        }
        // each position writes its own units' rows: the positions are extracted on every core
        IntStream.range(0, positions.size()).parallel().forEach(i -> extract(core, positions.get(i), firstUnit[i],
                sequences, aligned, present));
        double[] correlation = correlationPValues(aligned, present);
        BitPositionStats[] out = new BitPositionStats[u];
        boolean[] fipsFailed = new boolean[u];
        double[][] minEntropy = new double[u][];
        IntStream.range(0, u).parallel().forEach(i -> {
            BitSequence seq = sequences[i].build();
            int[] def = units.get(i);
            out[i] = unitStats(i, def[0], def[1], seq, correlation[i]);
            minEntropy[i] = seq.length() >= MIN_SAMPLES ? MinEntropyEstimators.estimate(seq) : null;
            fipsFailed[i] = !out[i].fipsPassed();
        });
        int failures = 0;
        for (boolean f : fipsFailed) {
            failures += f ? 1 : 0;
        }
        return new Result(List.of(out), failures, minEntropy);
    }

    /** The bits of position {@code p}'s characters into units {@code unit…}: sequences, values and presence. */
    private static void extract(List<String> core, PositionStats p, int unit, BitSequence.Builder[] sequences,
            long[][] aligned, long[][] present) {
        int b = p.bitsPerCharacter();
        if (b == 0) {
            return;
        }
        String characters = p.characters();
        int[] index = new int[characters.chars().max().orElse(0) + 1]; // character → digit, -1 for others
        java.util.Arrays.fill(index, -1);
        for (int c = 0; c < characters.length(); c++) {
            index[characters.charAt(c)] = c;
        }
        int position = p.position();
        for (int t = 0; t < core.size(); t++) {
            String s = core.get(t);
            if (s.length() <= position) {
                continue;
            }
            char ch = s.charAt(position);
            int idx = ch < index.length ? index[ch] : -1;
            if (idx < 0 || idx >= (1 << b)) {
                continue;
            }
            long mask = 1L << (t & 63);
            for (int j = 0; j < b; j++) {
                int bit = (idx >>> (b - 1 - j)) & 1;
                sequences[unit + j].append(bit);
                present[unit + j][t >>> 6] |= mask;
                if (bit == 1) {
                    aligned[unit + j][t >>> 6] |= mask;
                }
            }
        }
    }

    private static BitPositionStats unitStats(int index, int position, int bit, BitSequence seq, double corr) {
        int n = seq.length();
        if (n < MIN_SAMPLES) {
            return new BitPositionStats(index, position, bit, n, n == 0 ? 0.5 : seq.countOnes() / (double) n,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, true);
        }
        double frequency = NistFrequencyTests.frequency(seq).pValue();
        // NIST's runs test reports P = 0 when its frequency prerequisite fails; per position that would count
        // one biased bit twice (and as "certain"), so the frequency test alone speaks for the bias here.
        BitTestResult runsTest = NistFrequencyTests.runs(seq);
        double runs = Double.isNaN(runsTest.statistic()) ? Double.NaN : runsTest.pValue();
        double poker = n >= 320 ? pokerPValue(seq) : Double.NaN;
        double longRun = longRunPValue(seq);
        double spectral = Double.NaN;
        if (n >= 1024) {
            spectral = NistSpectralTest.discreteFourierTransform(seq.prefix(Integer.highestOneBit(n))).pValue();
        }
        boolean fips = true;
        if (n >= FipsThresholds.MIN_BITS) {
            fips = n >= FipsThresholds.BLOCK_BITS ? FipsTests.run(seq).allPassed()
                    : FipsTests.block(seq, 0, FipsThresholds.forBits(n)).passed();
        }
        return new BitPositionStats(index, position, bit, n, seq.countOnes() / (double) n, frequency, runs, poker,
                longRun, spectral, corr, fips);
    }

    /** Two-sided P of the poker statistic over non-overlapping 4-bit patterns (χ², 15 degrees of freedom). */
    static double pokerPValue(BitSequence seq) {
        int k = seq.length() / 4;
        long[] f = new long[16];
        for (int s = 0; s < k; s++) {
            f[seq.bits(4 * s, 4)]++;
        }
        double sum = 0;
        for (long c : f) {
            sum += (double) c * c;
        }
        double x = 16.0 / k * sum - k;
        double upper = SpecialFunctions.igamc(7.5, x / 2);
        double lower = SpecialFunctions.igam(7.5, x / 2);
        return Math.min(1.0, 2 * Math.min(upper, lower));
    }

    /** P(longest run of either bit ≥ observed) ≈ 1 − exp(−(n − L + 2)·2^−L) (Poisson count of long runs). */
    static double longRunPValue(BitSequence seq) {
        int longest = 0;
        int run = 0;
        int previous = -1;
        for (int i = 0; i < seq.length(); i++) {
            int b = seq.bit(i);
            run = b == previous ? run + 1 : 1;
            previous = b;
            longest = Math.max(longest, run);
        }
        double lambda = Math.max(0, seq.length() - longest + 2) * Math.pow(2, -longest);
        return -Math.expm1(-lambda);
    }

    /**
     * Per bit: P of its strongest correlation (φ, χ² 1 d.f.) with another bit, Šidák-corrected for the number
     * of bits it was compared with. Every pair is compared while that costs at most {@value #CORRELATION_BUDGET}
     * word operations; longer tokens compare each bit with its nearest neighbours (in extraction order) within
     * that budget. Memory is linear in the number of bits (no bits × bits matrix).
     */
    static double[] correlationPValues(long[][] bits, long[][] present) {
        int u = bits.length;
        int words = u == 0 ? 0 : Math.max(1, bits[0].length);
        long window = Math.max(MIN_CORRELATION_WINDOW, CORRELATION_BUDGET / Math.max(1L, 2L * u * words));
        int reach = (int) Math.min(u - 1L, window);
        double[] p = new double[u];
        IntStream.range(0, u).parallel().forEach(a -> {
            if (u < 2) {
                p[a] = Double.NaN;
                return;
            }
            int from = Math.max(0, a - reach);
            int to = Math.min(u - 1, a + reach);
            double max = 0;
            for (int b = from; b <= to; b++) {
                if (b != a) {
                    max = Math.max(max, chiSquare(bits[a], bits[b], present[a], present[b]));
                }
            }
            double single = SpecialFunctions.erfc(Math.sqrt(max / 2));
            int compared = to - from;
            p[a] = single >= 1 ? 1.0 : -Math.expm1(compared * Math.log1p(-single));
        });
        return p;
    }

    private static double chiSquare(long[] a, long[] b, long[] pa, long[] pb) {
        long n = 0;
        long na = 0;
        long nb = 0;
        long nab = 0;
        for (int w = 0; w < a.length; w++) {
            long m = pa[w] & pb[w];
            n += Long.bitCount(m);
            long x = a[w] & m;
            long y = b[w] & m;
            na += Long.bitCount(x);
            nb += Long.bitCount(y);
            nab += Long.bitCount(x & y);
        }
        if (n < MIN_SAMPLES || na == 0 || nb == 0 || na == n || nb == n) {
            return 0;
        }
        double num = (double) n * nab - (double) na * nb;
        double phi2 = num * num / ((double) na * (n - na) * nb * (n - nb));
        return n * phi2;
    }
}
