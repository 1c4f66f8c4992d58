package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FIPS 140-2 (errata) bounds probed with 20,000-bit patterns just inside and just outside each one. */
class FipsTest {
    private static final FipsThresholds E = FipsThresholds.ERRATA;

    @Test
    void monobitBoundsAreExclusive() {
        assertThat(monobit(9725)).isFalse();
        assertThat(monobit(9726)).isTrue();
        assertThat(monobit(10274)).isTrue();
        assertThat(monobit(10275)).isFalse();
    }

    private static boolean monobit(int ones) {
        BitSequence.Builder b = BitSequence.builder(20_000);
        for (int i = 0; i < 20_000; i++) {
            b.append(i < ones ? 1 : 0);
        }
        FipsBlockResult r = FipsTests.block(b.build(), 0, E);
        assertThat(r.ones()).isEqualTo(ones);
        return r.monobitPass();
    }

    @Test
    void pokerBoundsAreExclusive() {
        // X = 16/5000 * sum(f^2) - 5000, and sum(f^2) is even when sum(f) = 5000: the closest X around the
        // bounds are 2.1568 | 2.1632 and 46.1696 | 46.1760
        assertThat(poker(1_563_174)).isFalse();
        assertThat(poker(1_563_176)).isTrue();
        assertThat(poker(1_576_928)).isTrue();
        assertThat(poker(1_576_930)).isFalse();
    }

    private static boolean poker(long sumOfSquares) {
        int[] f = nibbleCounts(sumOfSquares);
        BitSequence.Builder b = BitSequence.builder(20_000);
        for (int v = 0; v < 16; v++) {
            for (int k = 0; k < f[v]; k++) {
                b.append(v, 4);
            }
        }
        FipsBlockResult r = FipsTests.block(b.build(), 0, E);
        assertThat(r.poker()).isCloseTo(16.0 / 5000 * sumOfSquares - 5000, within(1e-9));
        return r.pokerPass();
    }

    /**
     * Sixteen counts summing to 5000 whose squares sum to {@code target}. With f = 312 + d the squares sum to
     * 1562496 + Σd² where Σd = 8: three free offsets, the other thirteen as equal as possible.
     */
    private static int[] nibbleCounts(long target) {
        long wanted = target - 1_562_496L;
        for (int x = 0; x <= 130; x++) {
            for (int y = -130; y <= 0; y++) {
                for (int z = -130; z <= 130; z++) {
                    int rest = 8 - x - y - z;
                    int base = Math.floorDiv(rest, 13);
                    int extra = Math.floorMod(rest, 13);
                    long sum = (long) x * x + (long) y * y + (long) z * z + (long) extra * (base + 1) * (base + 1)
                            + (long) (13 - extra) * base * base;
                    if (sum == wanted) {
                        int[] f = new int[16];
                        f[0] = 312 + x;
                        f[1] = 312 + y;
                        f[2] = 312 + z;
                        for (int i = 0; i < 13; i++) {
                            f[3 + i] = 312 + base + (i < extra ? 1 : 0);
                        }
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no nibble counts for " + target);
    }

    private static final int[] CENTRE = {2500, 1250, 625, 312, 156, 156};

    @Test
    void runsBoundsAreInclusiveForEveryLengthAndBothBits() {
        int[] shortOnes = {2600, 1300, 545, 300, 150, 104};
        assertThat(runs(new int[] {2315, 1300, 675, 362, 191, 156}, shortOnes)).isTrue();
        assertThat(runs(new int[] {2314, 1300, 675, 362, 192, 156}, shortOnes)).isFalse();
        assertThat(runs(new int[] {2685, 1200, 575, 262, 121, 156}, CENTRE)).isTrue();
        assertThat(runs(new int[] {2686, 1200, 575, 262, 120, 156}, CENTRE)).isFalse();
        int[] low6 = {2500, 1250, 625, 312, 156, 103};
        int[] below6 = {2500, 1250, 625, 312, 157, 102};
        int[] high6 = {2400, 1200, 625, 312, 156, 209};
        int[] above6 = {2400, 1200, 625, 312, 155, 210};
        assertThat(runs(low6, low6)).isTrue();
        assertThat(runs(low6, below6)).isFalse();
        assertThat(runs(below6, low6)).isFalse();
        assertThat(runs(high6, high6)).isTrue();
        assertThat(runs(high6, above6)).isFalse();
        assertThat(runs(above6, high6)).isFalse();
    }

    /**
     * A 20,000-bit block of alternating zero and one runs with the given counts of runs of length 1…5 and 6+
     * (6+ runs are stretched, to at most 25 bits, to fill the block).
     */
    private static boolean runs(int[] zeroCounts, int[] oneCounts) {
        List<Integer> zeros = runLengths(zeroCounts);
        List<Integer> ones = runLengths(oneCounts);
        assertThat(zeros).as("alternating runs").hasSameSizeAs(ones);
        int total = zeros.stream().mapToInt(Integer::intValue).sum() + ones.stream().mapToInt(Integer::intValue).sum();
        int missing = 20_000 - total;
        for (List<Integer> side : List.of(zeros, ones)) {
            for (int i = 0; i < side.size() && missing > 0; i++) {
                if (side.get(i) >= 6) {
                    int add = Math.min(missing, 25 - side.get(i));
                    side.set(i, side.get(i) + add);
                    missing -= add;
                }
            }
        }
        assertThat(missing).as("pattern fits 20,000 bits").isZero();
        BitSequence.Builder b = BitSequence.builder(20_000);
        for (int i = 0; i < zeros.size(); i++) {
            for (int k = 0; k < zeros.get(i); k++) {
                b.append(0);
            }
            for (int k = 0; k < ones.get(i); k++) {
                b.append(1);
            }
        }
        FipsBlockResult r = FipsTests.block(b.build(), 0, E);
        assertThat(r.zeroRuns()).containsExactly(box(zeroCounts));
        assertThat(r.oneRuns()).containsExactly(box(oneCounts));
        assertThat(r.longRunPass()).isTrue();
        return r.runsPass();
    }

    private static List<Integer> runLengths(int[] counts) {
        List<Integer> out = new ArrayList<>();
        for (int len = 1; len <= 6; len++) {
            for (int k = 0; k < counts[len - 1]; k++) {
                out.add(len);
            }
        }
        return out;
    }

    private static Integer[] box(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @Test
    void aRunOf26FailsTheLongRunTestAndOf25Passes() {
        assertThat(longRun(25)).isTrue();
        assertThat(longRun(26)).isFalse();
    }

    private static boolean longRun(int length) {
        BitSequence.Builder b = BitSequence.builder(20_000);
        for (int i = 0; i < 20_000; i++) {
            boolean inRun = i >= 1001 && i < 1001 + length;
            b.append(inRun ? 1 : i == 1000 || i == 1001 + length ? 0 : i % 2);
        }
        FipsBlockResult r = FipsTests.block(b.build(), 0, E);
        assertThat(r.longestRun()).isEqualTo(length);
        return r.longRunPass();
    }

    @Test
    void recalibratedBoundsReduceToTheErrataAt20000Bits() {
        FipsThresholds calibrated = FipsThresholds.forBits(20_000);
        assertThat(calibrated).isEqualTo(E);
        FipsThresholds double_ = FipsThresholds.forBits(40_000);
        assertThat(double_.monobitLow()).isCloseTo(20_000 - 275 * Math.sqrt(2), within(1e-9));
        assertThat(double_.runLow().get(0)).isEqualTo((int) Math.ceil(5000 - 185 * Math.sqrt(2)));
        assertThat(double_.longRun()).isEqualTo(27);
        assertThat(FipsThresholds.forBits(1000).longRun()).isEqualTo(22);
        assertThat(FipsThresholds.forBits(300).pokerApplies()).isFalse();
    }

    @Test
    void recalibratedBoundsKeepTheFalseAlarmRateLowAndStillCatchBias() {
        SplittableRandom random = new SplittableRandom(2024);
        FipsThresholds t = FipsThresholds.forBits(2000);
        int failures = 0;
        int biasedFailures = 0;
        for (int trial = 0; trial < 1000; trial++) {
            failures += FipsTests.block(randomBits(random, 2000, 0.5), 0, t).passed() ? 0 : 1;
            biasedFailures += FipsTests.block(randomBits(random, 2000, 0.6), 0, t).passed() ? 0 : 1;
        }
        assertThat(failures).as("false alarms in 1000 random 2000-bit blocks").isLessThanOrEqualTo(10);
        assertThat(biasedFailures).as("biased blocks caught").isGreaterThanOrEqualTo(990);
    }

    @Test
    void runsConsecutiveBlocksAndCountsFailuresPerTest() {
        SplittableRandom random = new SplittableRandom(5);
        BitSequence.Builder b = BitSequence.builder(65_000);
        BitSequence good = randomBits(random, 40_000, 0.5);
        for (int i = 0; i < good.length(); i++) {
            b.append(good.bit(i));
        }
        for (int i = 0; i < 25_000; i++) {
            b.append(1); // a block of ones fails everything, 5,000 bits are left over
        }
        FipsResult r = FipsTests.run(b.build());
        assertThat(r.blocks()).isEqualTo(3);
        assertThat(r.unusedBits()).isEqualTo(5000);
        assertThat(r.monobitFailures()).isEqualTo(1);
        assertThat(r.longRunFailures()).isEqualTo(1);
        assertThat(r.failedBlocks()).isEqualTo(1);
        assertThat(r.blockResults().get(2).passed()).isFalse();
    }

    static BitSequence randomBits(SplittableRandom random, int n, double pOne) {
        BitSequence.Builder b = BitSequence.builder(n);
        for (int i = 0; i < n; i++) {
            b.append(random.nextDouble() < pOne ? 1 : 0);
        }
        return b.build();
    }
}
