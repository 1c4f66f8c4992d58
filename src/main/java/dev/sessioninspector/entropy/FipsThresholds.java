package dev.sessioninspector.entropy;

import java.util.List;

/**
 * Pass bounds of the four FIPS 140-2 statistical tests for a block of {@code bits} bits.
 *
 * <p>{@link #ERRATA} holds the bounds of the FIPS 140-2 change notice (errata of 2001-10-10) for 20,000-bit
 * blocks: monobit 9,725 &lt; X &lt; 10,275; poker 2.16 &lt; X &lt; 46.17; runs of length 1…6+ within
 * [2315, 2685], [1114, 1386], [527, 723], [240, 384], [103, 209], [103, 209] for zeros and ones alike; no run of
 * 26 or more. {@link #forBits(int)} recalibrates them for other block sizes at the same significance:
 * the monobit and run-count bounds keep their centres' share of n and scale their half-widths with √n
 * (counts are approximately normal), the poker bounds stay (its statistic is χ² with 15 degrees of freedom
 * whatever n is; it needs n ≥ 320 so each nibble is expected at least 5 times) and the long-run limit
 * moves by log₂(n / 20,000) so the chance of a run that long stays the same.
 *
 * @param bits         block size in bits
 * @param monobitLow   monobit passes if {@code monobitLow < ones < monobitHigh}
 * @param monobitHigh  see {@code monobitLow}
 * @param pokerLow     poker passes if {@code pokerLow < X < pokerHigh}
 * @param pokerHigh    see {@code pokerLow}
 * @param pokerApplies false when the block has fewer than 320 bits
 * @param runLow       inclusive lower bounds for runs of length 1…5 and 6+
 * @param runHigh      inclusive upper bounds for runs of length 1…5 and 6+
 * @param longRun      a run of this length or longer fails the long-run test
 */
public record FipsThresholds(int bits, double monobitLow, double monobitHigh, double pokerLow, double pokerHigh,
        boolean pokerApplies, List<Integer> runLow, List<Integer> runHigh, int longRun) {
    /** The block size FIPS 140-2 prescribes. */
    public static final int BLOCK_BITS = 20_000;
    /** Smallest block the recalibrated bounds are offered for. */
    public static final int MIN_BITS = 100;
    private static final int[] RUN_CENTRE = {2500, 1250, 625, 312, 156, 156};
    private static final int[] RUN_HALF_WIDTH = {185, 136, 98, 72, 53, 53};

    /** The change-notice bounds for 20,000-bit blocks. */
    public static final FipsThresholds ERRATA = new FipsThresholds(BLOCK_BITS, 9725, 10275, 2.16, 46.17, true,
            List.of(2315, 1114, 527, 240, 103, 103), List.of(2685, 1386, 723, 384, 209, 209), 26);

    public FipsThresholds {
        runLow = List.copyOf(runLow);
        runHigh = List.copyOf(runHigh);
        if (bits < MIN_BITS || runLow.size() != 6 || runHigh.size() != 6 || longRun < 2
                || !(monobitLow < monobitHigh) || !(pokerLow < pokerHigh)) {
            throw new IllegalArgumentException("inconsistent FIPS thresholds for " + bits + " bits");
        }
    }

    /** The bounds for a block of {@code n} bits: {@link #ERRATA} for 20,000, recalibrated otherwise. */
    public static FipsThresholds forBits(int n) {
        if (n == BLOCK_BITS) {
            return ERRATA;
        }
        if (n < MIN_BITS) {
            throw new IllegalArgumentException("FIPS 140-2 tests need at least " + MIN_BITS + " bits, not " + n);
        }
        double scale = n / (double) BLOCK_BITS;
        double root = Math.sqrt(scale);
        double half = 275 * root;
        Integer[] low = new Integer[6];
        Integer[] high = new Integer[6];
        for (int i = 0; i < 6; i++) {
            double centre = RUN_CENTRE[i] * scale;
            double width = RUN_HALF_WIDTH[i] * root;
            low[i] = Math.max(0, (int) Math.ceil(centre - width));
            high[i] = (int) Math.floor(centre + width);
        }
        int longRun = (int) Math.ceil(26 + Math.log(scale) / Math.log(2));
        return new FipsThresholds(n, n / 2.0 - half, n / 2.0 + half, 2.16, 46.17, n >= 320,
                List.of(low), List.of(high), Math.max(longRun, 2));
    }
}
