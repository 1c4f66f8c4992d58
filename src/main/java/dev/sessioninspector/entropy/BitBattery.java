package dev.sessioninspector.entropy;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs the bit-level battery of DESIGN §7 on a bit sequence. A test whose minimum input size (NIST SP
 * 800-22 §2.x "input size recommendation") the sequence does not meet is reported as not applicable
 * rather than given a P-value its approximation cannot support. The tests are independent and read the
 * sequence only, so they run on every core, the heaviest first.
 */
public final class BitBattery {
    /** Block length of the block frequency test. */
    public static final int BLOCK_FREQUENCY_M = 128;
    /** Block length of the serial test. */
    public static final int SERIAL_M = 16;
    /** Block length of the approximate entropy test. */
    public static final int APPROXIMATE_ENTROPY_M = 10;

    private BitBattery() {
    }

    public static BitBatteryResult run(BitSequence bits) {
        int n = bits.length();
        int log2 = n > 0 ? 31 - Integer.numberOfLeadingZeros(n) : 0;
        // heaviest first (on 10^6 bits: spectral, serial, approximate entropy, rank), so the cores finish together
        List<Supplier<BitTestResult>> tests = List.of(
                () -> atLeast(n, 1000, "discreteFourierTransform",
                        () -> NistSpectralTest.discreteFourierTransform(bits)),
                () -> SERIAL_M < log2 - 2 ? NistSerialTests.serial(bits, SERIAL_M)
                        : BitTestResult.notApplicable("serial", "m=" + SERIAL_M + " needs m < log2(n) - 2, i.e. n >= "
                                + (1 << (SERIAL_M + 3)) + " bits"),
                () -> APPROXIMATE_ENTROPY_M < log2 - 5
                        ? NistSerialTests.approximateEntropy(bits, APPROXIMATE_ENTROPY_M)
                        : BitTestResult.notApplicable("approximateEntropy", "m=" + APPROXIMATE_ENTROPY_M
                                + " needs m < log2(n) - 5, i.e. n >= " + (1 << (APPROXIMATE_ENTROPY_M + 6)) + " bits"),
                () -> atLeast(n, 38 * 32 * 32, "binaryMatrixRank", () -> NistMatrixRankTest.binaryMatrixRank(bits)),
                () -> atLeast(n, 100, "cumulativeSums", () -> NistFrequencyTests.cumulativeSums(bits)),
                () -> atLeast(n, 100, "runs", () -> NistFrequencyTests.runs(bits)),
                () -> NistLongestRunTest.longestRunOfOnes(bits),
                () -> atLeast(n, Math.max(100, BLOCK_FREQUENCY_M), "blockFrequency",
                        () -> NistFrequencyTests.blockFrequency(bits, BLOCK_FREQUENCY_M)),
                () -> atLeast(n, 100, "frequency", () -> NistFrequencyTests.frequency(bits)));
        BitTestResult[] r = new BitTestResult[tests.size()];
        FipsResult[] fips = new FipsResult[1];
        IntStream.rangeClosed(0, tests.size()).parallel().forEach(i -> {
            if (i < tests.size()) {
                r[i] = tests.get(i).get();
            } else {
                fips[0] = n >= FipsThresholds.MIN_BITS ? FipsTests.run(bits) : null;
            }
        });
        return new BitBatteryResult(n, r[8], r[7], r[5], r[6], r[3], r[0], r[1], r[2], r[4], fips[0]);
    }

    private static BitTestResult atLeast(int n, int minimum, String name, Supplier<BitTestResult> test) {
        return n >= minimum ? test.get()
                : BitTestResult.notApplicable(name, "needs at least " + minimum + " bits, has " + n);
    }
}
