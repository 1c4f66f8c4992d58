package dev.sessioninspector.entropy;

import java.util.ArrayList;
import java.util.List;

/** The FIPS 140-2 monobit, poker, runs and long-run tests (bounds: {@link FipsThresholds}). */
public final class FipsTests {
    private FipsTests() {
    }

    /**
     * Tests consecutive 20,000-bit blocks with the errata bounds; a sequence shorter than one block (but at
     * least {@link FipsThresholds#MIN_BITS}) is tested as one block with recalibrated bounds.
     *
     * @throws IllegalArgumentException when there are fewer than {@link FipsThresholds#MIN_BITS} bits
     */
    public static FipsResult run(BitSequence bits) {
        int n = bits.length();
        if (n >= FipsThresholds.BLOCK_BITS) {
            return runBlocks(bits, FipsThresholds.ERRATA);
        }
        return runBlocks(bits, FipsThresholds.forBits(n));
    }

    /** Tests consecutive blocks of {@code thresholds.bits()} bits. */
    public static FipsResult runBlocks(BitSequence bits, FipsThresholds thresholds) {
        int size = thresholds.bits();
        int blocks = bits.length() / size;
        List<FipsBlockResult> results = new ArrayList<>(blocks);
        int mono = 0;
        int poker = 0;
        int runs = 0;
        int longRuns = 0;
        for (int b = 0; b < blocks; b++) {
            FipsBlockResult r = block(bits, b * size, thresholds);
            results.add(r);
            mono += r.monobitPass() ? 0 : 1;
            poker += r.pokerPass() ? 0 : 1;
            runs += r.runsPass() ? 0 : 1;
            longRuns += r.longRunPass() ? 0 : 1;
        }
        return new FipsResult(size, blocks, mono, poker, runs, longRuns, bits.length() - blocks * size, thresholds,
                results);
    }

    /** Tests the {@code thresholds.bits()} bits starting at {@code from}. */
    public static FipsBlockResult block(BitSequence bits, int from, FipsThresholds thresholds) {
        int size = thresholds.bits();
        if (from < 0 || from + size > bits.length()) {
            throw new IndexOutOfBoundsException("block [" + from + ", " + (from + size) + ") of " + bits.length());
        }
        int ones = bits.countOnes(from, from + size);
        boolean monobit = thresholds.monobitLow() < ones && ones < thresholds.monobitHigh();

        double pokerX = Double.NaN;
        boolean pokerPass = true;
        if (thresholds.pokerApplies()) {
            int segments = size / 4;
            long[] f = new long[16];
            for (int s = 0; s < segments; s++) {
                f[bits.bits(from + 4 * s, 4)]++;
            }
            double sum = 0;
            for (long c : f) {
                sum += (double) c * c;
            }
            pokerX = 16.0 / segments * sum - segments;
            pokerPass = thresholds.pokerLow() < pokerX && pokerX < thresholds.pokerHigh();
        }

        int[] zeroRuns = new int[6];
        int[] oneRuns = new int[6];
        int longest = 0;
        int run = 1;
        int previous = bits.bit(from);
        for (int i = from + 1; i <= from + size; i++) {
            int current = i < from + size ? bits.bit(i) : -1;
            if (current == previous) {
                run++;
                continue;
            }
            (previous == 0 ? zeroRuns : oneRuns)[Math.min(run, 6) - 1]++;
            longest = Math.max(longest, run);
            run = 1;
            previous = current;
        }
        boolean runsPass = true;
        for (int k = 0; k < 6; k++) {
            int lo = thresholds.runLow().get(k);
            int hi = thresholds.runHigh().get(k);
            runsPass &= zeroRuns[k] >= lo && zeroRuns[k] <= hi && oneRuns[k] >= lo && oneRuns[k] <= hi;
        }
        return new FipsBlockResult(ones, pokerX, box(zeroRuns), box(oneRuns), longest, monobit, pokerPass, runsPass,
                longest < thresholds.longRun());
    }

    private static List<Integer> box(int[] values) {
        Integer[] boxed = new Integer[values.length]; // a loop, not a stream: this runs on entropy --bits' short run
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }
}
